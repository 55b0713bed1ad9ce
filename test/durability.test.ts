// Durability under kill -9: what any other client has seen, and what a writer still holds, outlives a crash.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort, seedAdmin, spawnServer, type ChildServer } from './support/child-server.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { createSeededRandom, seedFrom, type SeededRandom } from './support/seeded-random.ts';
import { removeDataDir } from './support/server.ts';

const SEED = seedFrom('DURABILITY_SEED', 0x5eed_d0c5);
const KILLS = 4;
const WRITERS = 3;
const OBSERVERS = 2;
const WRITE_EVERY_MS = 3;
const MIN_SEEN_PER_KILL = 100;

// Both ways of syncing room updates (SQLITE_WAL_SYNC) keep what was relayed; a kill tests the order, not the disk.
describe.each(['commit', 'thread'] as const)(
  'durability when the server is killed with SIGKILL, WAL synced in the %s',
  (walSync) => {
    let dataDir: string;
    let port: number;
    let token: string;
    let server: ChildServer | undefined;
    let random: SeededRandom;
    const clients: StockClient[] = [];

    const running = (): ChildServer => {
      if (!server) throw new Error('the server is not running');
      return server;
    };
    const connect = (processId: string): StockClient => {
      const client = connectStockClient(running().url, processId, 'map', { token });
      clients.push(client);
      return client;
    };
    const disconnectEveryone = () => {
      for (const client of clients.splice(0)) client.destroy();
    };
    const boot = async () => {
      server = await spawnServer({
        port,
        dataDir,
        env: { MAX_MESSAGES_PER_SECOND: '10000', COMPACT_THRESHOLD: '50', SQLITE_WAL_SYNC: walSync },
      });
    };

    beforeEach(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'pw-durability-'));
      token = (await seedAdmin(dataDir)).token;
      port = await freePort();
      random = createSeededRandom(SEED);
      console.log(`durability seed ${SEED} (replay with DURABILITY_SEED=${SEED})`);
      await boot();
    });

    afterEach(async () => {
      disconnectEveryone();
      await server?.kill();
      server = undefined;
      removeDataDir(dataDir);
    });

    it('keeps every edit that another client had received before each of several kills', async () => {
      const processId = await createProcess(running().url, token);
      const seenByOthers = new Set<string>();

      for (let generation = 0; generation < KILLS; generation++) {
        const writers = Array.from({ length: WRITERS }, () => connect(processId));
        const observers = Array.from({ length: OBSERVERS }, () => connect(processId));
        await Promise.all(clients.map((client) => whenSynced(client, 10_000)));
        const stopWriting = writers.map((writer, index) => keepWriting(writer, `g${generation}-w${index}`));

        // Kill at a random moment, but only once observers have seen enough to make the check mean something.
        const watched = observers[0]!.doc.getMap('nodes');
        const seenAtStart = watched.size;
        await waitFor(
          () => watched.size >= seenAtStart + MIN_SEEN_PER_KILL,
          20_000,
          'observers to see edits',
        );
        await sleep(random.int(0, 800));
        // Observers never write, so every key they hold came to them from the server: a relayed edit.
        const seenBefore = seenByOthers.size;
        for (const observer of observers) {
          for (const key of observer.doc.getMap('nodes').keys()) seenByOthers.add(key);
        }
        await running().kill();
        for (const stop of stopWriting) stop();
        // Nobody who might re-send an edit may reach the restarted server before the check.
        disconnectEveryone();
        const newlySeen = seenByOthers.size - seenBefore;
        expect(newlySeen).toBeGreaterThanOrEqual(MIN_SEEN_PER_KILL);

        await boot();
        const stored = await readMapKeys(connect(processId));
        const lost = [...seenByOthers].filter((key) => !stored.has(key));
        expect(lost, `generation ${generation}: seen by another client, then lost in the crash`).toEqual([]);
        console.log(
          `generation ${generation}: ${newlySeen} new keys seen by observers, ${stored.size} stored in all`,
        );
        disconnectEveryone();
      }
    }, 180_000); // Five server starts and four kills: on a busy 2-core machine this takes over a minute.

    it('takes the edits a writer still holds when it reconnects to the restarted server', async () => {
      const processId = await createProcess(running().url, token);
      const writer = connect(processId);
      await whenSynced(writer, 10_000);
      const stopWriting = keepWriting(writer, 'online');
      const nodes = writer.doc.getMap<number>('nodes');
      await waitFor(() => nodes.size >= MIN_SEEN_PER_KILL, 20_000, 'the writer to make edits');
      await sleep(random.int(0, 800));
      await running().kill();
      stopWriting();

      // Edits made while the server is down exist only in the writer's document.
      const offlineKeys = Array.from({ length: 25 }, (_, i) => `offline-${i}`);
      offlineKeys.forEach((key, i) => nodes.set(key, i));
      const expected = new Map(nodes.entries());
      expect(expected.size).toBeGreaterThanOrEqual(offlineKeys.length + MIN_SEEN_PER_KILL);

      await boot();
      const fresh = connect(processId);
      await whenSynced(fresh, 10_000);
      const freshNodes = fresh.doc.getMap<number>('nodes');
      await waitFor(
        () => freshNodes.size >= expected.size,
        15_000,
        'the writer’s re-sent edits at a fresh client',
      );
      expect(new Map(freshNodes.entries())).toEqual(expected);
      for (const key of offlineKeys) expect(freshNodes.has(key), key).toBe(true);
    });
  },
);

/** Sets a new unique key on the map every few milliseconds; returns a function that stops it. */
function keepWriting(client: StockClient, prefix: string): () => void {
  let n = 0;
  const nodes = client.doc.getMap<number>('nodes');
  const timer = setInterval(() => nodes.set(`${prefix}-${n++}`, n), WRITE_EVERY_MS);
  return () => clearInterval(timer);
}

async function readMapKeys(client: StockClient): Promise<Set<string>> {
  await whenSynced(client, 10_000);
  return new Set(client.doc.getMap('nodes').keys());
}

async function createProcess(baseUrl: string, token: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/processes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title: 'Wohnsitzanmeldung' }),
  });
  if (response.status !== 201) throw new Error(`create process: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
