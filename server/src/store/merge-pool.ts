// Merges of stored parts off the event loop: one worker thread, started when first needed.
import type { Piscina } from 'piscina';
import { createWorkerPool } from '../workers/worker-pool.ts';
import { mergeStoredUpdates, packParts, type MergeResult } from './merge.ts';
import type { RoomParts, StoredDoc } from './store.ts';

export type MergePool = {
  /** Merges like mergeStoredUpdates; small inputs on this thread (a thread round trip would cost more). */
  merge(parts: readonly Uint8Array[]): Promise<MergeResult>;
  close(): Promise<void>;
};

/** Below this many parts and bytes merging here takes well under a millisecond. */
const INLINE_PARTS = 16;
const INLINE_BYTES = 64 * 1024;

export function createMergePool(): MergePool {
  let pool: Piscina | undefined;
  return {
    async merge(parts) {
      const bytes = parts.reduce((sum, part) => sum + part.byteLength, 0);
      if (parts.length <= INLINE_PARTS && bytes <= INLINE_BYTES) return mergeStoredUpdates(parts);
      pool ??= createWorkerPool('doc-merge', { maxThreads: 1 });
      const packed = packParts(parts);
      return (await pool.run(packed, { transferList: [packed.buffer as ArrayBuffer] })) as MergeResult;
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

/** DocStore.loadRoom for any backend, from its loadDoc. */
export async function loadRoomParts(stored: StoredDoc, merges: MergePool): Promise<RoomParts> {
  const parts = [...(stored.state ? [stored.state] : []), ...stored.updates];
  const logLength = stored.updates.length;
  const tailBytes = stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
  if (logLength <= SHORT_TAIL_PARTS && tailBytes <= SHORT_TAIL_BYTES) return { parts, logLength, skipped: 0 };
  const { merged, skipped } = await merges.merge(parts);
  return { parts: [merged], logLength, skipped };
}
