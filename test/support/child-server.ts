// Test support: the real server as a child process (node + tsx), so a test can SIGKILL it and start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { addMember, createOrg, issueAccessToken } from '../../server/src/auth/accounts.ts';
import { parseConfig } from '../../server/src/config.ts';
import { createStore } from '../../server/src/store/create-store.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type ChildServer = {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** The server's process id, e.g. to read its memory from /proc. */
  readonly pid: number;
  /** SIGKILL: no shutdown hook runs, nothing is flushed or compacted; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the orderly shutdown path; resolves once the process is gone. */
  stop(): Promise<void>;
  /** What the process printed so far (stdout and stderr), for failure messages. */
  output(): string;
};

/*
 * Ports for child servers come from below Linux's ephemeral range (32768-60999), which the system hands out for
 * `listen(0)`: a port chosen there could be given to another test file's server while the child is still starting
 * (seconds through tsx) or between a kill and a restart on the same port.
 */
const CHILD_PORTS = { from: 20_000, to: 32_000 };

/** A port that was free a moment ago and that the system does not hand out by itself: a random one, probed. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = CHILD_PORTS.from + Math.floor(Math.random() * (CHILD_PORTS.to - CHILD_PORTS.from));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port between ${CHILD_PORTS.from} and ${CHILD_PORTS.to}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Creates a municipality and an admin in a fresh data directory, as an operator would with the CLI. */
export async function seedAdmin(dataDir: string): Promise<{ token: string }> {
  const store = await createStore(parseConfig({ DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'FULL' }));
  try {
    const org = await createOrg(store, 'Kehl');
    await addMember(store, { email: 'admin@kehl.de', name: 'Admin', orgId: org.id, role: 'admin' });
    return { token: (await issueAccessToken(store, 'admin@kehl.de')).token };
  } finally {
    await store.close();
  }
}

/**
 * The test runner's environment without the storage and fan-out settings CI exports for the PostgreSQL and
 * Redis tests: a child server uses those only when a test passes them explicitly.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const {
    DATABASE_URL: _db,
    DATABASE_SCHEMA: _schema,
    REDIS_URL: _redis,
    REDIS_PREFIX: _prefix,
    ...rest
  } = process.env;
  return rest;
}

export type SpawnOptions = { port: number; dataDir: string; env?: Record<string, string> };

/** Starts `server/src/main.ts` in its own Node process and resolves once GET /healthz answers 200. */
export async function spawnServer(options: SpawnOptions, timeoutMs = 30_000): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...inheritedEnv(),
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      SQLITE_SYNCHRONOUS: 'FULL',
      MAX_CONNECTIONS_PER_IP_PER_MINUTE: '100000',
      CLIENT_DIST: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;

  try {
    await waitForHealth(url, child, timeoutMs);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`server did not start: ${(error as Error).message}\n${output}`);
  }

  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    url,
    port: options.port,
    dataDir: options.dataDir,
    pid: child.pid ?? -1,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    output: () => output,
  };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited early (${child.exitCode ?? child.signalCode})`);
    }
    if (Date.now() > deadline)
      throw new Error(`no healthy answer from ${url}/healthz within ${timeoutMs} ms`);
    const healthy = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.status === 200,
      // Not listening yet: connection refused or timed out; try again shortly.
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
