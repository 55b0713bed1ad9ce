// The worker threads' entry modules, by name: the production build compiles each to server/dist/<name>.js.
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Entry modules relative to server/src; scripts/build-server.ts emits one JavaScript file per name. */
export const WORKER_ENTRIES = {
  'bpmn-import': 'interchange/import-worker.ts',
  'doc-merge': 'store/merge-worker.ts',
} as const;
export type WorkerName = keyof typeof WORKER_ENTRIES;

/** True when this module runs as its TypeScript source (tsx: dev, tests, CLI), false in the compiled server. */
export const runningTypeScript = import.meta.url.endsWith('.ts');

/**
 * Where a worker's entry module is: server/dist/<name>.js beside the bundled server's files (this module is
 * compiled into one of them, all in server/dist), or its TypeScript source under server/src.
 */
export function workerEntry(name: WorkerName): URL {
  return runningTypeScript
    ? new URL(`../${WORKER_ENTRIES[name]}`, import.meta.url)
    : new URL(`./${name}.js`, import.meta.url);
}

/**
 * Starts a worker thread from a TypeScript module (the bench's load generators), registering tsx in the new thread
 * first: worker threads do not inherit the loader their parent started with.
 */
export function startTypeScriptWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import { register } from ${JSON.stringify(tsx)}; register(); ` +
    `await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), options);
}
