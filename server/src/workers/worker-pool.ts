// A pool of worker threads (piscina) on a named entry, from compiled JavaScript or from TypeScript under tsx.
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { runningTypeScript, workerEntry, type WorkerName } from './worker-entries.ts';

export type PoolOptions = {
  /** Threads at most; each idle one costs memory. */
  maxThreads: number;
  /** Threads started with the pool and kept (default none: started when needed, ended when idle). */
  minThreads?: number;
  /** How long a thread beyond minThreads stays after its last task. */
  idleTimeoutMs?: number;
};

/**
 * The entry's default export runs each task. From sources, piscina's threads start typescript-entry.mjs, which
 * registers tsx and then loads the entry: worker threads do not inherit the loader their parent started with.
 */
export function createWorkerPool(name: WorkerName, options: PoolOptions): Piscina {
  const entry = workerEntry(name);
  return new Piscina({
    filename: runningTypeScript
      ? fileURLToPath(new URL('./typescript-entry.mjs', import.meta.url))
      : fileURLToPath(entry),
    ...(runningTypeScript ? { workerData: { typescriptEntry: entry.href } } : {}),
    minThreads: options.minThreads ?? 0,
    maxThreads: options.maxThreads,
    idleTimeout: options.idleTimeoutMs ?? 30_000,
    // Its run- and wait-time histograms cost ~350 KiB each per pool, and nothing reads them.
    recordTiming: false,
  });
}
