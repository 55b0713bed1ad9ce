// Test support: a real server on port 0 with a throwaway data directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../server/src/config.ts';
import { startServer, type RunningServer } from '../../server/src/server.ts';

export type TestServer = RunningServer & { dataDir: string; restart(): Promise<TestServer> };

export async function startTestServer(
  env: Record<string, string> = {},
  dataDir = mkdtempSync(join(tmpdir(), 'pw-test-')),
): Promise<TestServer> {
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SQLITE_SYNCHRONOUS: 'NORMAL',
    MAX_CONNECTIONS_PER_IP_PER_MINUTE: '100000',
    ...env,
  });
  const quiet = () => undefined;
  const server = await startServer(config, quiet);
  return {
    ...server,
    dataDir,
    async restart() {
      await server.close();
      return startTestServer(env, dataDir);
    },
  };
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

export async function createProcess(baseUrl: string, title = 'Gewerbeanmeldung'): Promise<string> {
  const response = await fetch(`${baseUrl}/api/processes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`create process: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
