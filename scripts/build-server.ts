// Compiles the server and the workspace packages it uses into plain JavaScript under server/dist (esbuild).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { WORKER_ENTRIES } from '../server/src/workers/worker-entries.ts';
import { buildInto } from './swap-build.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_SRC = join(ROOT, 'server/src');
export const SERVER_DIST = join(ROOT, 'server/dist');
/** The compiled server's entry, relative to the repository root, as `npm start` runs it. */
export const SERVER_MAIN = 'server/dist/main.js';
/**
 * Node's flags in `npm start` (package.json), which the benchmarks start the server with too. Node 20 lets the young
 * generation grow to 2 × 16 MiB, which a server that mostly waits for sockets fills once at start and keeps: with
 * 1 MiB semi-spaces idle RSS is ~10 MiB lower and peak RSS under S1 ~30 MiB lower, for no measurable CPU in S1
 * (bench/README.md, "Memory"). Worker threads keep V8's default (server/src/workers/young-generation.ts).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=1'];
/**
 * Environment `npm start` gives the server (package.json), the benchmarks too. Each password check (scrypt, 16 MiB)
 * runs on a libuv thread; after the first, glibc raises its mmap threshold past 16 MiB and keeps every later one in
 * that thread's arena: four sign-ins left RSS 64 MiB higher for good. A fixed threshold (glibc's default, 128 KiB)
 * returns such buffers to the system when freed. Ignored where the C library is not glibc.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };

/**
 * Our workspace packages (@prozesswerk/*) export TypeScript sources, so they are compiled into the bundle; every
 * other package stays an import of node_modules, as installed (native better-sqlite3, pg, ws, …).
 */
const npmPackagesExternal: Plugin = {
  name: 'npm-packages-external',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@prozesswerk/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** Builds server/dist: main.js and one <name>.js per worker entry; returns the JavaScript files written. */
export function buildServer(): Promise<string[]> {
  return buildInto(SERVER_DIST, compileServer);
}

async function compileServer(outdir: string): Promise<string[]> {
  const result = await build({
    entryPoints: [
      { in: join(SERVER_SRC, 'main.ts'), out: 'main' },
      ...Object.entries(WORKER_ENTRIES).map(([name, source]) => ({
        in: join(SERVER_SRC, source),
        out: name,
      })),
    ],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Shared code in chunks; the PostgreSQL store and the Redis fan-out in their own, loaded only when configured.
    splitting: true,
    // Chunks beside the entries (not in a subfolder): whichever file worker-entries.ts ends up in, the worker
    // entries are its siblings.
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    // No keepNames: it wraps every named function in `__name(fn, "fn")`, whose defineProperty turns the function's
    // properties into a dictionary (~256 bytes per live closure, e.g. two per open socket). Error classes that are
    // told apart by name set `name` themselves (ImportTimeout, QueueFull, BpmnImportError).
    plugins: [npmPackagesExternal],
    logLevel: 'warning',
    metafile: true,
  });
  return Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
}
