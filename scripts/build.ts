// `npm run build`: the browser client (Vite) and the server as plain JavaScript (esbuild), for `npm start`.
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './build-server.ts';
import { buildInto } from './swap-build.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLIENT = join(ROOT, 'client');

const started = performance.now();
await buildInto(join(CLIENT, 'dist'), async (folder) =>
  execFileSync('npm', ['run', 'build', '-w', 'client', '--', '--outDir', relative(CLIENT, folder)], {
    cwd: ROOT,
    stdio: 'inherit',
  }),
);
const serverFiles = await buildServer();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Gebaut: client/dist und server/dist (${serverFiles.length} Dateien) in ${seconds} s`);
