// Worker threads that run our TypeScript: they do not inherit the tsx loader the server and tools start with.
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker from a tiny module that registers tsx and then imports `entry`, so the worker
 * runs the same TypeScript sources as the thread that started it.
 */
export function startTypeScriptWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import { register } from ${JSON.stringify(tsx)}; register(); ` +
    `await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), options);
}
