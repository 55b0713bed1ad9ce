// The sync servers under test: ours (SQLite; or PostgreSQL + Redis as 1 or 2 instances) and the y-websocket@2
// reference (in memory).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChildServer, type ChildServer, type ExitInfo } from '../process/child-server.ts';
import { findFreePort } from '../process/free-port.ts';
import { dropSchema, freshSchema } from '../process/pg-schema.ts';
import { SERVER_ENV, SERVER_MAIN, SERVER_NODE_FLAGS } from '../../../scripts/build-server.ts';
import { signInToOurs, signInWithPassword, type OursCredentials } from './ours-auth.ts';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');

/** One listening server process of a target. */
export type ServerInstance = {
  /** "A", "B", … in tables; a single-process target has one instance. */
  label: string;
  /** The pid of the node process that listens, so CPU and memory are the server's own. */
  pid: number;
  /** Base URL for WebsocketProvider: the room name is appended after a slash. */
  serverUrl: string;
};

/**
 * How the editors of several instances are placed: `split`, every room's editors split evenly over the instances
 * (every edit reaches some of its room through Redis, the worst case); `whole-rooms`, each room wholly on one
 * instance, rooms dealt round (what a load balancer hashing the process id of `/sync/{processId}/…` does).
 */
export type Placement = 'split' | 'whole-rooms';

export type RunningTarget = {
  /** One or more processes serving the same rooms, the editors placed on them as `placement` says. */
  instances: readonly ServerInstance[];
  placement: Placement;
  /** URL query parameters every sync socket sends (e.g. an access token). */
  params: Record<string, string>;
  /** Prepares `count` rooms and returns their names as WebsocketProvider expects them. */
  createRooms(count: number): Promise<string[]>;
  /** Signs in once more with a password, where the server has accounts (ours). */
  signIn?(): Promise<void>;
  output(): string;
  stderrLines(): number;
  firstErrors(): string[];
  /** Counters the server itself exports, if it has any (ours: Prometheus /metrics), summed over instances. */
  readCounters?(): Promise<Record<string, number>>;
  /** Stops every instance and removes anything they stored; safe to call more than once. */
  stop(): Promise<ExitInfo[]>;
};

export type SyncTarget = {
  name: string;
  description: string;
  /**
   * Scenario ids this target runs when BENCH_SERVERS does not name it; undefined means all of them. Naming it in
   * BENCH_SERVERS runs it on every selected scenario.
   */
  defaultScenarios?: readonly string[];
  start(): Promise<RunningTarget>;
};

/** PostgreSQL and Redis for the scale-out targets, from DATABASE_URL and REDIS_URL of the bench's environment. */
export type SharedBackend = { databaseUrl: string; redisUrl: string };

/** Only what the servers need from our environment, so a developer's DATABASE_URL or REDIS_URL never leaks in. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];
  return Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])));
}

/** The limits a load test needs lifted: 2 000 sockets come from one address, each sends 1–2 messages a second. */
const LOAD_LIMITS = {
  MAX_CONNECTIONS_PER_IP_PER_MINUTE: '1000000',
  MAX_MESSAGES_PER_SECOND: '100000',
};

/** `extraEnv` (BENCH_OURS_ENV) tries settings such as SQLITE_SYNCHRONOUS=NORMAL without editing the bench. */
export function createOursTarget(extraEnv: Record<string, string> = {}): SyncTarget {
  return {
    name: 'ours',
    description:
      `Prozesswerk server (node ${[...SERVER_NODE_FLAGS, SERVER_MAIN].join(' ')}, as npm start runs it), SQLite in a fresh temp dir` +
      extraNote(extraEnv),
    start: () => startOurs(extraEnv),
  };
}

function extraNote(extraEnv: Record<string, string>): string {
  const extra = Object.entries(extraEnv).map(([key, value]) => `${key}=${value}`);
  return extra.length > 0 ? `, ${extra.join(' ')}` : '';
}

type OursInstance = { child: ChildServer; httpUrl: string; instance: ServerInstance };

/** Starts one `server/src/main.ts` on a free port and waits until it answers /healthz. */
async function startOursInstance(label: string, env: Record<string, string>): Promise<OursInstance> {
  const port = await findFreePort();
  const child = await startChildServer({
    command: process.execPath,
    // The compiled server, as `npm start` runs it; the spawned pid is the listening server itself.
    args: [...SERVER_NODE_FLAGS, ...profileArgs(label), SERVER_MAIN],
    cwd: REPO_ROOT,
    env: { ...baseEnv(), ...SERVER_ENV, PORT: String(port), HOST: '127.0.0.1', ...LOAD_LIMITS, ...env },
    readyUrl: `http://127.0.0.1:${port}/healthz`,
  });
  return {
    child,
    httpUrl: `http://127.0.0.1:${port}`,
    instance: { label, pid: child.pid, serverUrl: `ws://127.0.0.1:${port}/sync` },
  };
}

/**
 * BENCH_CPU_PROF=<folder>: each instance of ours writes a V8 CPU profile there when it stops (open it in Chrome
 * DevTools or speedscope). Profiling costs CPU itself, so such a run's figures are not comparable.
 */
function profileArgs(label: string): string[] {
  const folder = process.env.BENCH_CPU_PROF;
  if (!folder) return [];
  return [
    '--cpu-prof',
    `--cpu-prof-dir=${resolve(folder)}`,
    `--cpu-prof-name=ours-${label}-${Date.now()}.cpuprofile`,
  ];
}

/** A profiled server writes its profile only after a graceful shutdown (which compacts every room): wait for it. */
function stopGraceMs(): number | undefined {
  return process.env.BENCH_CPU_PROF ? 180_000 : undefined;
}

async function startOurs(extraEnv: Record<string, string>): Promise<RunningTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  let started: OursInstance;
  try {
    started = await startOursInstance('A', { DATA_DIR: dataDir, ...extraEnv });
  } catch (error) {
    removeDataDir();
    throw error;
  }
  let credentials: OursCredentials;
  try {
    credentials = await signInToOurs(started.httpUrl, started.child.output);
  } catch (error) {
    await started.child.stop();
    removeDataDir();
    throw new Error(`signing in to our server failed: ${String(error)}\n${started.child.output()}`);
  }
  return oursRunningTarget([started], credentials, async () => removeDataDir(), 'split');
}

/**
 * Ours on PostgreSQL + Redis, as `instances` processes sharing one fresh schema (pw_bench_<random>, which the first
 * instance creates by migrating and which is dropped afterwards) and one fresh Redis prefix.
 */
export function createSharedOursTarget(
  name: string,
  instances: number,
  backend: SharedBackend,
  extraEnv: Record<string, string> = {},
  placement: Placement = 'split',
): SyncTarget {
  return {
    name,
    description:
      `Prozesswerk server, ${instances === 1 ? '1 instance' : `${instances} instances`} on PostgreSQL ` +
      `(${redactUrl(backend.databaseUrl)}, fresh schema) + Redis (${redactUrl(backend.redisUrl)}, fresh prefix)` +
      (instances > 1 ? PLACEMENT_NOTE[placement] : '') +
      extraNote(extraEnv),
    defaultScenarios: ['S2'],
    start: () => startSharedOurs(instances, backend, extraEnv, placement),
  };
}

const PLACEMENT_NOTE: Record<Placement, string> = {
  split: ", every room's editors split evenly over the instances",
  'whole-rooms':
    ', each room wholly on one instance (rooms dealt round, as a load balancer hashing the process id)',
};

async function startSharedOurs(
  count: number,
  backend: SharedBackend,
  extraEnv: Record<string, string>,
  placement: Placement,
): Promise<RunningTarget> {
  const id = randomBytes(6).toString('hex');
  const schema = await freshSchema(backend.databaseUrl, id);
  // The instances store nothing under DATA_DIR with DATABASE_URL set; a fresh one only keeps a stray file out of ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-'));
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: backend.databaseUrl,
    DATABASE_SCHEMA: schema,
    REDIS_URL: backend.redisUrl,
    // Pub/sub only (no keys are written), so a unique prefix is all the isolation a run needs.
    REDIS_PREFIX: `pw-bench:${id}:`,
    ...extraEnv,
  };
  const started: OursInstance[] = [];
  const cleanUp = async () => {
    for (const { child } of started) await child.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await dropSchema(backend.databaseUrl, schema);
  };
  try {
    // Setup on the first instance only: it creates the schema, prints the setup link and issues the token, which
    // the other instances then find in the shared database (they print no setup link of their own).
    const first = await startOursInstance('A', env);
    started.push(first);
    let credentials: OursCredentials;
    try {
      credentials = await signInToOurs(first.httpUrl, first.child.output);
    } catch (error) {
      throw new Error(`signing in to our server failed: ${String(error)}\n${first.child.output()}`);
    }
    for (let n = 1; n < count; n++) started.push(await startOursInstance(String.fromCharCode(65 + n), env));
    return oursRunningTarget(started, credentials, cleanUp, placement);
  } catch (error) {
    await cleanUp().catch((cleanUpError: unknown) => {
      throw new Error(`${String(error)}\n(cleaning up also failed: ${String(cleanUpError)})`);
    });
    throw error;
  }
}

/** The RunningTarget of one or more started instances of ours; REST calls go to the first. */
function oursRunningTarget(
  started: readonly OursInstance[],
  credentials: OursCredentials,
  cleanUp: () => Promise<void>,
  placement: Placement,
): RunningTarget {
  const first = started[0];
  if (!first) throw new Error('no instance started');
  const labelled = (instance: OursInstance, line: string) =>
    started.length > 1 ? `[${instance.instance.label}] ${line}` : line;
  let stopped: Promise<ExitInfo[]> | undefined;
  return {
    instances: started.map((s) => s.instance),
    placement,
    params: credentials.params,
    async createRooms(count) {
      const rooms: string[] = [];
      for (let n = 1; n <= count; n++) {
        rooms.push(`${await createProcess(first.httpUrl, credentials.headers, `Bench ${n}`)}/map`);
      }
      return rooms;
    },
    signIn: () => signInWithPassword(first.httpUrl),
    output: () =>
      started
        .map((s) =>
          s.child
            .output()
            .split('\n')
            .map((line) => labelled(s, line))
            .join('\n'),
        )
        .join('\n'),
    stderrLines: () => started.reduce((sum, s) => sum + s.child.stderrLines(), 0),
    firstErrors: () => started.flatMap((s) => s.child.firstErrors().map((line) => labelled(s, line))),
    async readCounters() {
      const all = await Promise.all(started.map((s) => readPrometheusCounters(`${s.httpUrl}/metrics`)));
      const sums: Record<string, number> = {};
      for (const counters of all)
        for (const [key, value] of Object.entries(counters)) sums[key] = (sums[key] ?? 0) + value;
      return sums;
    },
    stop: () =>
      (stopped ??= (async () => {
        const exits: ExitInfo[] = [];
        for (const s of started) exits.push(await s.child.stop(stopGraceMs()));
        await cleanUp();
        return exits;
      })()),
  };
}

/** scheme://host:port/path without user or password, for printing. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
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
      instances: [{ label: 'A', pid: child.pid, serverUrl: `ws://127.0.0.1:${port}` }],
      placement: 'split',
      params: {},
      async createRooms(count) {
        return Array.from({ length: count }, (_, n) => `bench-${n + 1}`);
      },
      output: child.output,
      stderrLines: child.stderrLines,
      firstErrors: child.firstErrors,
      stop: async () => [await child.stop()],
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

/** Every target; the scale-out pair only when PostgreSQL and Redis are given. */
export function syncTargets(
  oursEnv: Record<string, string>,
  backend: SharedBackend | undefined,
): SyncTarget[] {
  return [
    createOursTarget(oursEnv),
    referenceTarget,
    ...(backend
      ? [
          createSharedOursTarget('ours-pg', 1, backend, oursEnv),
          createSharedOursTarget('ours-pg-2x', 2, backend, oursEnv),
          createSharedOursTarget('ours-pg-2x-rooms', 2, backend, oursEnv, 'whole-rooms'),
        ]
      : []),
  ];
}

/** Names of the targets that need DATABASE_URL and REDIS_URL. */
export const SHARED_TARGET_NAMES: readonly string[] = ['ours-pg', 'ours-pg-2x', 'ours-pg-2x-rooms'];
