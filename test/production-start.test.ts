// `npm start` as an operator runs it: builds once, then serves from plain JavaScript with no TypeScript loader.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createOrg, issueAccessToken } from '../server/src/auth/accounts.ts';
import { parseConfig } from '../server/src/config.ts';
import { createStore } from '../server/src/store/create-store.ts';
import Database from 'better-sqlite3';
import { SERVER_ENV, SERVER_MAIN, SERVER_NODE_FLAGS } from '../scripts/build-server.ts';
import { freePort } from './support/child-server.ts';
import { connectStockClient, waitFor, whenSynced } from './support/clients.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const BPMN = readFileSync(join(REPO_ROOT, 'test/fixtures/bpmn/bpmn-io-simple-no-lanes.bpmn'), 'utf8');

type Proc = { pid: number; ppid: number; argv: string[] };

function readProc(pid: number): Proc | undefined {
  try {
    // The command name in /proc/<pid>/stat may hold spaces and parentheses; the fields after the last ')' do not.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { pid, ppid, argv };
  } catch {
    return undefined; // Gone meanwhile.
  }
}

/** Every process below `root`, found through the parent ids in /proc. */
function descendants(root: number): Proc[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => readProc(Number(name)) ?? []);
  const found: Proc[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    const children = all.filter((proc) => frontier.includes(proc.ppid));
    found.push(...children);
    frontier = children.map((proc) => proc.pid);
  }
  return found;
}

function environment(pid: number): Record<string, string> {
  const pairs = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
  return Object.fromEntries(
    pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

async function waitForHealth(url: string, npm: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited (${npm.exitCode}):\n${output()}`);
    const healthy = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start (production runtime)', () => {
  let npm: ChildProcess;
  let url: string;
  let output = '';
  let orgId: string;
  let token: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-start-'));

  beforeAll(async () => {
    // A municipality with an admin, as an operator would create with the CLI before the first start.
    const store = await createStore(parseConfig({ DATA_DIR: dataDir }));
    try {
      orgId = (await createOrg(store, 'Kehl')).id;
      await addMember(store, { email: 'admin@kehl.de', name: 'Admin', orgId, role: 'admin' });
      token = (await issueAccessToken(store, 'admin@kehl.de')).token;
    } finally {
      await store.close();
    }
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const { DATABASE_URL: _db, REDIS_URL: _redis, NODE_OPTIONS: _options, ...env } = process.env;
    // Its own process group, so that the whole tree (npm, sh, node) can be ended together.
    npm = spawn('npm', ['start'], {
      cwd: REPO_ROOT,
      // A low compaction threshold, so that a few edits compact the room through the merge worker.
      env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, COMPACT_THRESHOLD: '40' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForHealth(url, npm, () => output);
  }, 240_000);

  afterAll(async () => {
    if (npm.pid !== undefined && npm.exitCode === null) {
      const exited = new Promise((resolve) => npm.once('exit', resolve));
      process.kill(-npm.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  function serverProcess(): Proc {
    const server = descendants(npm.pid ?? -1).find(
      (proc) => proc.argv.includes(SERVER_MAIN) && proc.argv[0] !== 'sh',
    );
    if (!server) throw new Error(`no server process below npm start:\n${output}`);
    return server;
  }

  it('runs the server as plain node on the compiled JavaScript, with no TypeScript loader', async () => {
    const server = serverProcess();
    // With the flags the benchmarks measured it with (the young generation's size, see build-server.ts).
    expect(server.argv.slice(1)).toEqual([...SERVER_NODE_FLAGS, SERVER_MAIN]);
    expect(environment(server.pid).NODE_OPTIONS ?? '').not.toMatch(/tsx|loader|import|require/);
    // …and the environment the benchmarks measured it with (the C library's mmap threshold, see build-server.ts).
    expect(environment(server.pid)).toMatchObject(SERVER_ENV);
    // …and without esbuild's keepNames: its `__name(…)` gives every named closure a property dictionary of its own
    // (~256 bytes; two per open socket, see build-server.ts).
    const dist = join(REPO_ROOT, dirname(SERVER_MAIN));
    for (const file of readdirSync(dist).filter((name) => name.endsWith('.js')))
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain('__name(');

    // The built client is served as usual…
    const page = await fetch(`${url}/`);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    // …its scripts precompressed for weak Wi-Fi: Brotli when the browser accepts it, plain otherwise.
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const compressed = await fetch(`${url}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('vary')).toBe('Accept-Encoding');
    // …and a BPMN import runs its worker thread from compiled JavaScript too.
    const imported = await fetch(`${url}/api/orgs/${orgId}/processes/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml' },
      body: BPMN,
    });
    expect(imported.status).toBe(201);
    const process = (await imported.json()) as { id: string; report: { nodes: number } };
    expect(process.report.nodes).toBeGreaterThan(0);

    // Live edits are stored, and a long log is compacted by the merge worker, also compiled.
    const client = connectStockClient(url, process.id, 'map', { token });
    try {
      await whenSynced(client);
      for (let n = 0; n < 60; n++) client.doc.getMap('bench').set(`k${n}`, n);
      const db = new Database(join(dataDir, 'prozesswerk.sqlite'), { readonly: true });
      const count = (sql: string) => (db.prepare(sql).get(`${process.id}/map`) as { n: number }).n;
      try {
        await waitFor(
          () => count('SELECT count(*) AS n FROM doc_states WHERE room = ?') === 1,
          30_000,
          'compaction',
        );
        expect(count('SELECT count(*) AS n FROM doc_updates WHERE room = ?')).toBeLessThan(40);
      } finally {
        db.close();
      }
    } finally {
      client.destroy();
    }
    // An error the server printed (the build's own file list may name chunks like FormError-….js).
    expect(output).not.toMatch(/compaction failed|\b\w*Error:/);
  });
});
