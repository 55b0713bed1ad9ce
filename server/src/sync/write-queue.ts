// Group commit: one storage write in flight per instance; whatever arrives meanwhile goes into the next one, in order.
import type { RoomUpdate, Store } from '../store/store.ts';
import type { SyncMetrics } from './sync-metrics.ts';

export type QueuedWrite = RoomUpdate & {
  /** Called, in queue order, once the update is durably stored. */
  onStored(): void;
  /** Called when storing failed; the update was not stored and must not be relayed. */
  onFailed(error: unknown): void;
};

export type WriteQueue = {
  enqueue(write: QueuedWrite): void;
  /** Resolves when everything enqueued so far has been stored (or has failed). */
  drained(): Promise<void>;
};

/**
 * A write starts at the end of the tick in which the first update arrived, so that everything sent together goes in
 * one transaction. While it is in flight (a PostgreSQL round trip, or a SQLite fsync) new updates only queue up;
 * when it completes, all of them go into the next transaction at once. So a slow commit makes batches larger, not
 * the queue longer: the number of commits adapts to the storage's latency instead of piling up behind it.
 */
export function createWriteQueue(store: Store, metrics: SyncMetrics): WriteQueue {
  let pending: QueuedWrite[] = [];
  let scheduled = false;
  let inFlight: Promise<void> | undefined;
  // Settles once the batch now pending has been written; made only when someone waits for it.
  let pendingWritten: { promise: Promise<void>; resolve: () => void } | undefined;

  async function writeBatch(batch: QueuedWrite[]): Promise<void> {
    const started = performance.now();
    try {
      // What the write costs this process on its own thread: a SQLite commit runs (and syncs) within the call;
      // PostgreSQL only sends the batch there. One getrusage() before and after, per batch.
      const cpuBefore = process.cpuUsage();
      const writing = store.appendUpdates(batch);
      const cpu = process.cpuUsage(cpuBefore);
      metrics.storeWriteCpuSeconds.inc({}, (cpu.user + cpu.system) / 1e6);
      await writing;
    } catch (error) {
      metrics.storeFailures.inc();
      for (const write of batch) write.onFailed(error);
      return;
    }
    metrics.storeWriteSeconds.observe((performance.now() - started) / 1000);
    metrics.updatesStored.inc({}, batch.length);
    metrics.batchesStored.inc();
    for (const write of batch) write.onStored();
  }

  function flush(): void {
    scheduled = false;
    if (inFlight || pending.length === 0) return;
    const batch = pending;
    const written = pendingWritten;
    pending = [];
    pendingWritten = undefined;
    inFlight = writeBatch(batch).finally(() => {
      inFlight = undefined;
      written?.resolve();
      // Everything that arrived while this batch was written goes into the next one, right away.
      flush();
    });
  }

  return {
    enqueue(write) {
      pending.push(write);
      if (scheduled || inFlight) return;
      scheduled = true;
      setImmediate(flush);
    },
    drained() {
      // Only what is queued now: under a steady stream of edits the queue is never empty, and waiting for that
      // would never end.
      if (pending.length > 0) {
        if (!pendingWritten) {
          let resolve: () => void = () => undefined;
          const promise = new Promise<void>((done) => (resolve = done));
          pendingWritten = { promise, resolve };
        }
        return pendingWritten.promise;
      }
      return inFlight ?? Promise.resolve();
    },
  };
}
