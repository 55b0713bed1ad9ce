// The main thread's side of the load generator: starts editor worker threads and drives them in step.
import { startTypeScriptWorker } from '../../../server/src/workers/worker-entries.ts';
import type { GroupTotals } from './editor-group.ts';
import { isFromWorker, type FromWorker, type ToWorker, type WorkerSetup } from './worker-protocol.ts';

export type LoadWorkers = {
  /** Sends one command to every worker and waits for all replies. */
  command(message: ToWorker): Promise<FromWorker[]>;
  counts(): Promise<{ expectedDeliveries: number; delivered: number }>;
  finish(): Promise<GroupTotals[]>;
  /** Closes every editor and ends the threads. */
  close(): Promise<void>;
};

export function startLoadWorkers(setups: readonly WorkerSetup[]): LoadWorkers {
  const workers = setups.map(spawnWorker);

  async function command(message: ToWorker): Promise<FromWorker[]> {
    const replies = await Promise.all(workers.map((worker) => worker.request(message)));
    const failed = replies.find((reply) => reply.type === 'failed');
    if (failed) throw new Error(`load worker failed on ${message.type}: ${failed.error}`);
    return replies;
  }

  return {
    command,
    async counts() {
      const replies = await command({ type: 'counts' });
      return replies.reduce(
        (sum, reply) =>
          reply.type === 'counts'
            ? {
                expectedDeliveries: sum.expectedDeliveries + reply.expectedDeliveries,
                delivered: sum.delivered + reply.delivered,
              }
            : sum,
        { expectedDeliveries: 0, delivered: 0 },
      );
    },
    async finish() {
      const replies = await command({ type: 'finish' });
      return replies.flatMap((reply) => (reply.type === 'finished' ? [reply.totals] : []));
    },
    async close() {
      await Promise.allSettled(workers.map((worker) => worker.request({ type: 'close' })));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

type WorkerHandle = { request(message: ToWorker): Promise<FromWorker>; terminate(): Promise<void> };

function spawnWorker(setup: WorkerSetup): WorkerHandle {
  const worker = startTypeScriptWorker(new URL('./load-worker.ts', import.meta.url), { workerData: setup });

  // Commands are sent one at a time per worker, so replies arrive in order.
  const waiting: ((reply: FromWorker) => void)[] = [];
  let ended: string | undefined;
  const failAll = (reason: string) => {
    ended ??= reason;
    for (const resolve of waiting.splice(0)) resolve({ type: 'failed', error: reason });
  };
  worker.on('message', (reply: unknown) =>
    waiting.shift()?.(
      isFromWorker(reply) ? reply : { type: 'failed', error: 'unreadable reply from a load worker' },
    ),
  );
  worker.on('error', (error) => failAll(`worker error: ${String(error)}`));
  worker.on('exit', (code) => failAll(`worker exited with code ${code}`));

  let queue: Promise<unknown> = Promise.resolve();
  return {
    request(message) {
      const reply = queue.then(
        () =>
          new Promise<FromWorker>((resolve) => {
            if (ended) return resolve({ type: 'failed', error: ended });
            waiting.push(resolve);
            worker.postMessage(message);
          }),
      );
      queue = reply;
      return reply;
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
