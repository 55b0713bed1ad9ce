// The main thread's side of the load generator: starts editor worker threads and drives them in step.
import { Worker } from 'node:worker_threads';
import type { GroupTotals } from './editor-group.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.ts';

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

/**
 * Worker threads do not inherit tsx's loader, so each starts from a tiny module that registers tsx
 * and then imports load-worker.ts.
 */
function spawnWorker(setup: WorkerSetup): WorkerHandle {
  const entry = new URL('./load-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), {
    workerData: setup,
  });

  // Commands are sent one at a time per worker, so replies arrive in order.
  const waiting: ((reply: FromWorker) => void)[] = [];
  let ended: string | undefined;
  const failAll = (reason: string) => {
    ended ??= reason;
    for (const resolve of waiting.splice(0)) resolve({ type: 'failed', error: reason });
  };
  worker.on('message', (reply: FromWorker) => waiting.shift()?.(reply));
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
