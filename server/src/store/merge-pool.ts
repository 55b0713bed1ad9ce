// Merges and slicing of stored parts off the event loop: one worker thread, started when first needed.
import type { Piscina } from 'piscina';
import { createWorkerPool } from '../workers/worker-pool.ts';
import { mergeStoredUpdates, packParts, storedParts, type MergeResult } from './merge.ts';
import type { MergeTask } from './merge-worker.ts';
import type { LiveCopy } from './live-copy.ts';
import type { RoomParts, StoredDoc } from './store.ts';

export type MergePool = {
  /** Merges like mergeStoredUpdates; small inputs on this thread (a thread round trip would cost more). */
  merge(parts: readonly Uint8Array[]): Promise<MergeResult>;
  /** splitState in the worker thread; `state` stays usable here (it is copied, not transferred). */
  split(state: Uint8Array, maxStructs: number): Promise<Uint8Array[]>;
  close(): Promise<void>;
};

/** Below this many parts and bytes merging here takes well under a millisecond. */
const INLINE_PARTS = 16;
const INLINE_BYTES = 64 * 1024;

export function createMergePool(): MergePool {
  let pool: Piscina | undefined;
  const run = (task: MergeTask, transferList?: ArrayBuffer[]): Promise<unknown> => {
    pool ??= createWorkerPool('doc-merge', { maxThreads: 1 });
    return pool.run(task, transferList ? { transferList } : {});
  };
  return {
    async merge(parts) {
      if (parts.length <= INLINE_PARTS && totalBytes(parts) <= INLINE_BYTES) return mergeStoredUpdates(parts);
      const packed = await packParts(parts);
      return (await run({ kind: 'merge', packed }, [packed.buffer as ArrayBuffer])) as MergeResult;
    },
    async split(state, maxStructs) {
      return (await run({ kind: 'split', state, maxStructs })) as Uint8Array[];
    },
    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}

/** Below this many log entries and bytes a room applies its log itself; beyond, the pool merges it first. */
const SHORT_TAIL_PARTS = 16;
const SHORT_TAIL_BYTES = 64 * 1024;

/** Whether loadRoomParts merges this stored room (its log is long) rather than passing its parts on. */
export function mergesOnLoad(stored: StoredDoc): boolean {
  return stored.updates.length > SHORT_TAIL_PARTS || totalBytes(stored.updates) > SHORT_TAIL_BYTES;
}

/** DocStore.loadRoom for any backend, from its loadDoc. */
export async function loadRoomParts(stored: StoredDoc, merges: MergePool): Promise<RoomParts> {
  const parts = storedParts(stored);
  const logLength = stored.updates.length;
  const split = (state: Uint8Array, maxStructs: number) => merges.split(state, maxStructs);
  if (!mergesOnLoad(stored)) return { parts, logLength, skipped: 0, split };
  const { merged, skipped } = await merges.merge(parts);
  return { parts: [merged], logLength, skipped, split };
}

function totalBytes(parts: readonly Uint8Array[]): number {
  let sum = 0;
  for (const part of parts) sum += part.byteLength;
  return sum;
}

/** A compaction's new state: the loaded room's document when it holds every part, else their merge. */
export async function compactedState(
  parts: readonly Uint8Array[],
  merges: MergePool,
  live: LiveCopy | undefined,
): Promise<Uint8Array> {
  return live?.encodeIfHolds(parts) ?? (await merges.merge(parts)).merged;
}
