import { setImmediate } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMetricsRegistry } from '../metrics/registry.ts';
import { createSqliteStore } from '../store/sqlite/index.ts';
import type { RoomUpdate, Store } from '../store/store.ts';
import { createSyncMetrics } from './sync-metrics.ts';
import { createWriteQueue, type WriteQueue } from './write-queue.ts';

/** The real SQLite store, with each append held until the test lets it finish (a slow disk or database). */
function gatedStore(store: Store) {
  const batches: string[][] = [];
  let gate = Promise.resolve();
  /** Holds the appends that start from now on; returns what lets them finish. */
  const hold = () => {
    let release: () => void = () => undefined;
    gate = new Promise<void>((resolve) => (release = resolve));
    return release;
  };
  const gated: Store = {
    ...store,
    async appendUpdates(batch: readonly RoomUpdate[]) {
      batches.push(batch.map((write) => new TextDecoder().decode(write.update)));
      await gate;
      await store.appendUpdates(batch);
    },
  };
  return { gated, batches, hold };
}

describe('the write queue (group commit)', () => {
  let store: Store;
  let queue: WriteQueue;
  let gate: ReturnType<typeof gatedStore>;
  const stored: string[] = [];

  const enqueue = (text: string, fail?: (error: unknown) => void) =>
    queue.enqueue({
      room: 'p1/map',
      update: new TextEncoder().encode(text),
      onStored: () => stored.push(text),
      onFailed: (error) => fail?.(error),
    });

  beforeEach(() => {
    store = createSqliteStore({ dataDir: ':memory:' });
    gate = gatedStore(store);
    queue = createWriteQueue(
      gate.gated,
      createSyncMetrics(createMetricsRegistry(), { roomsLoaded: () => 0, connections: () => 0 }),
    );
    stored.length = 0;
  });
  afterEach(() => store.close());

  it('writes what arrives during a write as one next transaction, and reports stored in arrival order', async () => {
    const releaseA = gate.hold();
    enqueue('a');
    await setImmediate();
    expect(gate.batches).toEqual([['a']]);
    // While "a" is being written, three more arrive in separate ticks: none starts a write of its own.
    for (const text of ['b', 'c', 'd']) {
      enqueue(text);
      await setImmediate();
    }
    expect(gate.batches).toEqual([['a']]);
    expect(stored).toEqual([]);
    const releaseRest = gate.hold();
    const drained = queue.drained();
    releaseA();
    await setImmediate();
    expect(gate.batches).toEqual([['a'], ['b', 'c', 'd']]);
    expect(stored).toEqual(['a']);
    releaseRest();
    await drained;
    expect(stored).toEqual(['a', 'b', 'c', 'd']);
    expect((await store.loadDoc('p1/map')).updates.map((u) => new TextDecoder().decode(u))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('lets a waiter for what is queued now finish while edits keep arriving', async () => {
    let release = gate.hold();
    enqueue('a');
    await setImmediate();
    enqueue('b');
    const drained = queue.drained();
    let done = false;
    void drained.then(() => (done = true));
    // A steady stream: each write completes with new updates already waiting.
    for (const text of ['c', 'd', 'e']) {
      enqueue(text);
      const previous = release;
      release = gate.hold();
      previous();
      await setImmediate();
    }
    expect(done).toBe(true);
    expect(stored).toEqual(expect.arrayContaining(['a', 'b']));
    release();
    await queue.drained();
    expect(stored).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('fails a whole batch when storing it fails, and carries on with the next', async () => {
    const failed: string[] = [];
    await store.close();
    enqueue('lost', () => failed.push('lost'));
    await queue.drained();
    expect(failed).toEqual(['lost']);
    store = createSqliteStore({ dataDir: ':memory:' });
    gate = gatedStore(store);
    queue = createWriteQueue(
      gate.gated,
      createSyncMetrics(createMetricsRegistry(), { roomsLoaded: () => 0, connections: () => 0 }),
    );
    enqueue('kept');
    await queue.drained();
    expect(stored).toEqual(['kept']);
  });
});
