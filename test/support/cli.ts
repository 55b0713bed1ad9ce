// Test support: the operator CLI (`npm run cli`) as its own process, as an operator would run it beside the server.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `server/src/cli/main.ts <args>` with only the given storage settings; resolves with its JSON output. */
export function runCli(args: string[], env: Record<string, string>): Promise<unknown> {
  const { DATABASE_URL: _db, DATABASE_SCHEMA: _schema, REDIS_URL: _redis, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as unknown);
      else reject(new Error(`cli ${args.join(' ')} exited ${code}: ${err}`));
    });
  });
}
