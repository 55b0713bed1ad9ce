// Runs a server under test as a child process: start, wait until it answers HTTP, keep its output, stop it.
import { spawn } from 'node:child_process';

export type ExitInfo = { code: number | null; signal: NodeJS.Signals | null };

export type ChildServer = {
  pid: number;
  /** The last lines the server printed (stdout and stderr), for error reports. */
  output(): string;
  /** Lines the server wrote to stderr so far; a healthy run has none. */
  stderrLines(): number;
  /** The first few stderr lines, which usually name the problem. */
  firstErrors(): string[];
  /** Sends SIGTERM, waits for a graceful exit, and kills it if that takes too long. */
  stop(graceMs?: number): Promise<ExitInfo>;
};

export type ChildServerSpec = {
  command: string;
  args: readonly string[];
  cwd: string;
  env: Record<string, string>;
  /** Polled until it answers with any HTTP status. */
  readyUrl: string;
  readyTimeoutMs?: number;
};

const KEPT_LINES = 40;
const FIRST_ERRORS = 8;

export async function startChildServer(spec: ChildServerSpec): Promise<ChildServer> {
  const child = spawn(spec.command, [...spec.args], {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const firstErrors: string[] = [];
  let stderrCount = 0;
  const keep = (stream: 'out' | 'err') => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      if (stream === 'err') {
        stderrCount += 1;
        if (firstErrors.length < FIRST_ERRORS) firstErrors.push(line);
      }
      lines.push(`[${stream}] ${line}`);
      if (lines.length > KEPT_LINES) lines.shift();
    }
  };
  child.stdout.on('data', keep('out'));
  child.stderr.on('data', keep('err'));

  let exit: ExitInfo | undefined;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  const spawnFailed = new Promise<never>((_, reject) => child.once('error', reject));

  const server: ChildServer = {
    pid: child.pid ?? -1,
    output: () => lines.join('\n'),
    stderrLines: () => stderrCount,
    firstErrors: () => [...firstErrors],
    async stop(graceMs = 10_000) {
      if (exit) return exit;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const info = await exited;
      clearTimeout(timer);
      return info;
    },
  };

  const ready = waitUntilAnswering(spec.readyUrl, spec.readyTimeoutMs ?? 30_000, () => exit);
  try {
    await Promise.race([ready, spawnFailed]);
  } catch (error) {
    await server.stop(2000);
    throw new Error(
      `${spec.command} ${spec.args.join(' ')} did not start: ${String(error)}\n${server.output()}`,
    );
  }
  return server;
}

async function waitUntilAnswering(
  url: string,
  timeoutMs: number,
  exited: () => ExitInfo | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exit = exited();
    if (exit) throw new Error(`exited early with code ${exit.code} signal ${exit.signal}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`no answer from ${url} within ${timeoutMs} ms: ${String(error)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
