// Test support: a private redis-server child process on its own port, so a test can kill and restart its broker
// without disturbing other tests that share the Redis at REDIS_URL.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from './child-server.ts';

export type PrivateRedis = {
  readonly port: number;
  readonly url: string;
  /** SIGKILL: the broker vanishes mid-conversation, nothing is saved; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts redis-server again on the same port (empty: nothing was saved); resolves once it answers PING. */
  restart(): Promise<void>;
  /** What redis-server printed, for failure messages. */
  output(): string;
};

/** Whether `redis-server` can be started from PATH. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function startPrivateRedis(timeoutMs = 10_000): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let output = '';

  const start = async () => {
    const started = spawn(
      'redis-server',
      ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    exited = new Promise<void>((resolve) => started.once('exit', () => resolve()));
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + timeoutMs;
    while (!(await answersPing(port))) {
      if (started.exitCode !== null || started.signalCode !== null)
        throw new Error(`redis-server exited early:\n${output}`);
      if (Date.now() > deadline) throw new Error(`redis-server did not answer PING within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  const kill = async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };

  await start().catch(async (error: unknown) => {
    await kill();
    throw error;
  });
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    async restart() {
      await kill();
      await start();
    },
    output: () => output,
  };
}

/** Sends one inline PING over a fresh TCP connection; true when the answer is +PONG. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let answer = '';
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
  });
}

/** Sends one inline command over a fresh connection and returns the raw reply (simple, error or bulk string). */
export function redisCommand(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let reply = Buffer.alloc(0);
    const finish = (error: Error | undefined, text = '') => {
      socket.destroy();
      if (error) reject(error);
      else resolve(text);
    };
    socket.setTimeout(2000, () => finish(new Error(`redis ${command}: no answer`)));
    socket.once('error', (error) => finish(error));
    socket.once('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      const headerEnd = reply.indexOf('\r\n');
      if (headerEnd < 0) return;
      const header = reply.subarray(0, headerEnd).toString();
      if (!header.startsWith('$')) return finish(undefined, header);
      const length = Number(header.slice(1));
      const body = reply.subarray(headerEnd + 2);
      if (length < 0) return finish(undefined, '');
      if (body.byteLength >= length) finish(undefined, body.subarray(0, length).toString());
    });
  });
}

/** How often Redis has run a command since it started (INFO commandstats), e.g. `commandCalls(port, 'publish')`. */
export async function commandCalls(port: number, command: string): Promise<number> {
  const stats = await redisCommand(port, 'INFO commandstats');
  return Number(new RegExp(`^cmdstat_${command}:calls=(\\d+)`, 'm').exec(stats)?.[1] ?? 0);
}
