// The sync servers under test: ours (with SQLite persistence) and the y-websocket@2 reference (in memory).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChildServer, type ChildServer, type ExitInfo } from '../process/child-server.ts';
import { findFreePort } from '../process/free-port.ts';
import { signInToOurs, type OursCredentials } from './ours-auth.ts';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');

export type RunningTarget = {
  /** The pid of the node process that listens, so CPU and memory are the server's own. */
  pid: number;
  /** Base URL for WebsocketProvider: the room name is appended after a slash. */
  serverUrl: string;
  /** URL query parameters every sync socket sends (e.g. an access token). */
  params: Record<string, string>;
  /** Prepares `count` rooms and returns their names as WebsocketProvider expects them. */
  createRooms(count: number): Promise<string[]>;
  output(): string;
  stderrLines(): number;
  firstErrors(): string[];
  /** Counters the server itself exports, if it has any (ours: Prometheus /metrics). */
  readCounters?(): Promise<Record<string, number>>;
  /** Stops the server and removes anything it stored. */
  stop(): Promise<ExitInfo>;
};

export type SyncTarget = {
  name: string;
  description: string;
  start(): Promise<RunningTarget>;
};

/** Only what the servers need from our environment, so a developer's DATABASE_URL or REDIS_URL never leaks in. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];
  return Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])));
}

/** `extraEnv` (BENCH_OURS_ENV) tries settings such as SQLITE_SYNCHRONOUS=NORMAL without editing the bench. */
export function createOursTarget(extraEnv: Record<string, string> = {}): SyncTarget {
  const extra = Object.entries(extraEnv).map(([key, value]) => `${key}=${value}`);
  return {
    name: 'ours',
    description:
      'Prozesswerk server (node --import tsx server/src/main.ts), SQLite in a fresh temp dir' +
      (extra.length > 0 ? `, ${extra.join(' ')}` : ''),
    start: () => startOurs(extraEnv),
  };
}

async function startOurs(extraEnv: Record<string, string>): Promise<RunningTarget> {
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-'));
  let child: ChildServer;
  try {
    child = await startChildServer({
      command: process.execPath,
      // Without the tsx CLI wrapper the spawned pid is the listening server itself.
      args: ['--import', 'tsx', 'server/src/main.ts'],
      cwd: REPO_ROOT,
      env: {
        ...baseEnv(),
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        MAX_CONNECTIONS_PER_IP_PER_MINUTE: '1000000',
        MAX_MESSAGES_PER_SECOND: '100000',
        ...extraEnv,
      },
      readyUrl: `http://127.0.0.1:${port}/healthz`,
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const httpUrl = `http://127.0.0.1:${port}`;
  let credentials: OursCredentials;
  try {
    credentials = await signInToOurs(httpUrl, child.output);
  } catch (error) {
    await child.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`signing in to our server failed: ${String(error)}\n${child.output()}`);
  }
  return {
    pid: child.pid,
    serverUrl: `ws://127.0.0.1:${port}/sync`,
    params: credentials.params,
    async createRooms(count) {
      const rooms: string[] = [];
      for (let n = 1; n <= count; n++) {
        rooms.push(`${await createProcess(httpUrl, credentials.headers, `Bench ${n}`)}/map`);
      }
      return rooms;
    },
    output: child.output,
    stderrLines: child.stderrLines,
    firstErrors: child.firstErrors,
    readCounters: () => readPrometheusCounters(`${httpUrl}/metrics`),
    async stop() {
      const exit = await child.stop();
      rmSync(dataDir, { recursive: true, force: true });
      return exit;
    },
  };
}

const COUNTER_TIMEOUT_MS = 5000;

/** Unlabelled samples of a Prometheus text exposition, e.g. prozesswerk_updates_stored_total. */
async function readPrometheusCounters(url: string): Promise<Record<string, number>> {
  const response = await fetch(url, { signal: AbortSignal.timeout(COUNTER_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  const counters: Record<string, number> = {};
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*) (\S+)$/.exec(line);
    if (match?.[1] && match[2]) counters[match[1]] = Number(match[2]);
  }
  return counters;
}

async function createProcess(
  httpUrl: string,
  headers: Record<string, string>,
  title: string,
): Promise<string> {
  const response = await fetch(`${httpUrl}/api/processes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201)
    throw new Error(`POST /api/processes: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export const referenceTarget: SyncTarget = {
  name: 'reference',
  description: 'y-websocket@2 reference server (bin/server.cjs), in memory, no persistence',
  async start() {
    const port = await findFreePort();
    const child = await startChildServer({
      command: process.execPath,
      args: [referenceServerScript()],
      cwd: REPO_ROOT,
      env: { ...baseEnv(), PORT: String(port), HOST: '127.0.0.1' },
      readyUrl: `http://127.0.0.1:${port}/`,
    });
    return {
      pid: child.pid,
      serverUrl: `ws://127.0.0.1:${port}`,
      params: {},
      async createRooms(count) {
        return Array.from({ length: count }, (_, n) => `bench-${n + 1}`);
      },
      output: child.output,
      stderrLines: child.stderrLines,
      firstErrors: child.firstErrors,
      stop: () => child.stop(),
    };
  },
};

/** bench/package.json installs y-websocket@2 as `y-websocket-v2`; its server is the package's `y-websocket` bin. */
function referenceServerScript(): string {
  const manifestPath = createRequire(import.meta.url).resolve('y-websocket-v2/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    version: string;
    bin: Record<string, string>;
  };
  const bin = manifest.bin['y-websocket'];
  if (!bin || !manifest.version.startsWith('2.'))
    throw new Error(`unexpected y-websocket-v2 package: ${manifestPath}`);
  return join(dirname(manifestPath), bin);
}

export function syncTargets(oursEnv: Record<string, string>): SyncTarget[] {
  return [createOursTarget(oursEnv), referenceTarget];
}
