// Batches the updates that arrive in one event-loop tick into one storage transaction, in order.
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

export function createWriteQueue(store: Store, metrics: SyncMetrics): WriteQueue {
  let pending: QueuedWrite[] = [];
  let scheduled = false;
  // Batches are written one after another so that the log keeps arrival order across batches.
  let chain: Promise<void> = Promise.resolve();

  async function writeBatch(batch: QueuedWrite[]): Promise<void> {
    const started = performance.now();
    try {
      await store.appendUpdates(batch);
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
    const batch = pending;
    pending = [];
    chain = chain.then(() => writeBatch(batch));
  }

  return {
    enqueue(write) {
      pending.push(write);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    async drained() {
      if (scheduled) await new Promise<void>((resolve) => setImmediate(resolve));
      await chain;
    },
  };
}
