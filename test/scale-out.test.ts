// Scale-out: two server instances on one PostgreSQL and one Redis — how fast edits cross instances, what survives a
// SIGKILL of one instance, and whether every room converges again after Redis restarts mid-edit.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { CLOSE, roomName } from '@prozesswerk/protocol';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { connectAs, type ObservedClient } from './support/raw-client.ts';
import {
  commandCalls,
  hasRedisServer,
  startPrivateRedis,
  type PrivateRedis,
} from './support/private-redis.ts';
import { createRoamingEditor, type RoamingEditor } from './support/roaming-editor.ts';
import {
  createProcessOn,
  createSharedDatabase,
  newRedisPrefix,
  spawnInstance,
  type Instance,
  type SharedDatabase,
} from './support/scale-out-cluster.ts';
import { startTcpGate, type TcpGate } from './support/tcp-gate.ts';

const databaseUrl = process.env.DATABASE_URL ?? '';
const redisUrl = process.env.REDIS_URL ?? '';
const skipReason =
  !databaseUrl || !redisUrl
    ? 'set DATABASE_URL and REDIS_URL (e.g. postgres://postgres@127.0.0.1:5432/test and redis://127.0.0.1:6379)'
    : !hasRedisServer()
      ? 'redis-server is not on PATH (the Redis restart case runs a private one)'
      : undefined;
if (skipReason) console.warn(`scale-out.test.ts skipped: ${skipReason}`);

// How fast edits cross instances is measured by `npm run bench -- sync:S2` (targets ours-pg and ours-pg-2x, with
// DATABASE_URL and REDIS_URL set); this file asserts only that every edit arrives, on both paths.
const WINDOW_MS = 3000;
const CONVERGE_MS = 10_000;
const SYNC_MS = 15_000;

type Latency = { ms: number; crossedInstances: boolean };

describe.skipIf(skipReason !== undefined)('two server instances sharing PostgreSQL and Redis', () => {
  let database: SharedDatabase | undefined;
  let sharedRedisPair: Promise<[Instance, Instance]> | undefined;
  const instances: Instance[] = [];
  const booting = new Set<Promise<Instance>>();
  const brokers: PrivateRedis[] = [];
  const gates: TcpGate[] = [];
  const editors: RoamingEditor[] = [];
  const readers: StockClient[] = [];
  const clients: ObservedClient[] = [];
  // Every WebsocketProvider registers a process 'exit' listener; twenty of them are expected here, not a leak.
  const maxListeners = process.getMaxListeners();

  beforeAll(async () => {
    process.setMaxListeners(Math.max(maxListeners, 100));
    database = await createSharedDatabase(databaseUrl);
  });

  afterEach(async () => {
    for (const editor of editors.splice(0)) editor.destroy();
    for (const reader of readers.splice(0)) reader.destroy();
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all(gates.splice(0).map((gate) => gate.stop()));
    await Promise.all(brokers.splice(0).map((broker) => broker.kill()));
  });

  afterAll(async () => {
    await Promise.allSettled(booting);
    await Promise.all(instances.splice(0).map((instance) => instance.kill()));
    await database?.drop();
    process.setMaxListeners(maxListeners);
  });

  const db = (): SharedDatabase => {
    if (!database) throw new Error('the shared database was not created');
    return database;
  };

  /** A second access token of the admin, made on `instance`, to be revoked by a test. */
  const createToken = async (instance: Instance): Promise<string> => {
    const response = await fetch(`${instance.url}/api/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${db().token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'Skript' }),
    });
    return ((await response.json()) as { token: string }).token;
  };
  const revokeToken = (instance: Instance, token: string): Promise<Response> =>
    fetch(`${instance.url}/api/tokens/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${db().token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });

  const spawn = (
    label: string,
    redis: string,
    redisPrefix: string,
    env?: Record<string, string>,
  ): Promise<Instance> => {
    const starting = spawnInstance(label, { database: db(), redisUrl: redis, redisPrefix, env }).then(
      (instance) => {
        instances.push(instance);
        return instance;
      },
    );
    // afterAll waits for instances still booting, so that none outlives a failed test.
    booting.add(starting);
    starting.then(
      () => booting.delete(starting),
      () => booting.delete(starting),
    );
    return starting;
  };

  const startPair = (redis: string): Promise<[Instance, Instance]> => {
    const prefix = newRedisPrefix();
    return Promise.all([spawn('A', redis, prefix), spawn('B', redis, prefix)]);
  };

  /** Started once for the latency and SIGKILL cases (the latter kills A, so it runs last of the two). */
  const pairOnSharedRedis = () => (sharedRedisPair ??= startPair(redisUrl));

  /** A new process whose map has `perInstance` editors on each instance; resolves once all are synced. */
  const openRoom = async (
    index: number,
    on: readonly Instance[],
    perInstance: number,
    onLatency?: (latency: Latency) => void,
  ): Promise<RoamingEditor[]> => {
    const processId = await createProcessOn(on[0]!, db().token, `Raum ${index}`);
    const room = on.flatMap((instance) =>
      Array.from({ length: perInstance }, (_, n) => {
        const name = `r${index}-${instance.label}${n}`;
        const sameInstance = `r${index}-${instance.label}`;
        return createRoamingEditor({
          name,
          instanceUrl: instance.url,
          processId,
          token: db().token,
          onDelivery:
            onLatency &&
            (({ key, latencyMs }) =>
              onLatency({ ms: latencyMs, crossedInstances: !key.startsWith(sameInstance) })),
        });
      }),
    );
    editors.push(...room);
    await Promise.all(
      room.map((editor) => waitFor(() => editor.provider.synced, SYNC_MS, `${editor.name} sync`)),
    );
    return room;
  };

  const readerOn = async (instance: Instance, processId: string): Promise<Y.Map<unknown>> => {
    const reader = connectStockClient(instance.url, processId, 'map', { token: db().token });
    readers.push(reader);
    await whenSynced(reader, SYNC_MS);
    return reader.doc.getMap('nodes');
  };

  it('relays every edit to every other stock client of its room, on its own instance and across to the other', async () => {
    const [a, b] = await pairOnSharedRedis();
    let window: Latency[] | undefined;
    const rooms = await Promise.all(
      Array.from({ length: 5 }, (_, index) => openRoom(index, [a, b], 2, (latency) => window?.push(latency))),
    );
    const all = rooms.flat();
    // Warm-up: one edit each, so that room loading and first-use costs do not count as propagation.
    for (const editor of all) editor.edit();
    await waitForConvergence(rooms, 'warm-up');

    const latencies: Latency[] = [];
    const editsBefore = countEdits(all);
    const harnessDelay = monitorEventLoopDelay({ resolution: 10 });
    harnessDelay.enable();
    window = latencies;
    for (const editor of all) editor.startEditing(250);
    await sleep(WINDOW_MS);
    for (const editor of all) editor.stopEditing();
    await waitForConvergence(rooms, 'the end of the window');
    window = undefined;
    harnessDelay.disable();

    // Each edit reached the 3 other clients of its room: 1 on its own instance, 2 on the other.
    const edits = countEdits(all) - editsBefore;
    expect(edits, 'edits in the window').toBeGreaterThan(0);
    expect(latencies.length, 'deliveries in the window').toBe(edits * 3);
    const across = latencies.filter((latency) => latency.crossedInstances);
    const within = latencies.filter((latency) => !latency.crossedInstances);
    expect(across.length, 'deliveries across instances').toBe(edits * 2);
    expect(within.length, 'deliveries on the same instance').toBe(edits);
    expectIdentical(rooms);
    // The figures, for information only: a shared machine says little about them (see the bench).
    console.log(
      `scale-out latency: ${edits} edits in 5 rooms × 4 clients (2 per instance), ` +
        `${latencies.length} deliveries: ${summary(percentiles(latencies.map((l) => l.ms)))} | ` +
        `across instances ${summary(percentiles(across.map((l) => l.ms)))} | ` +
        `same instance ${summary(percentiles(within.map((l) => l.ms)))} | ` +
        `this process's event-loop delay p99 ${(harnessDelay.percentile(99) / 1e6).toFixed(0)} ms`,
    );
  });

  it('closes sockets on every instance when an access token is revoked on one of them', async () => {
    const [a, b] = await pairOnSharedRedis();
    const processId = await createProcessOn(a, db().token, 'Widerruf');
    const token = await createToken(a);
    const onB = connectAs(b.url, roomName(processId, 'map'), { bearer: token });
    clients.push(onB);
    await waitFor(() => onB.provider.synced, SYNC_MS, 'sync on B');

    expect((await revokeToken(a, token)).status).toBe(204);
    await waitFor(() => onB.closes.length > 0, 5000, 'B to close the revoked socket');
    expect(onB.closes[0]).toEqual({ code: CLOSE.forbidden.code, reason: CLOSE.forbidden.reason });
  });

  it('closes a revoked socket once its instance is back on Redis, though it missed the revocation', async () => {
    const broker = await startPrivateRedis();
    brokers.push(broker);
    const gate = await startTcpGate(broker.port);
    gates.push(gate);
    const prefix = newRedisPrefix();
    const [a, b] = await Promise.all([
      spawn('A', broker.url, prefix),
      // B does not read the database's credential events in this test (test/sync-credentials.test.ts does), so
      // only its re-check after Redis comes back can close the socket.
      spawn('B', `redis://127.0.0.1:${gate.port}`, prefix, { ACCESS_POLL_MS: '600000' }),
    ]);
    const processId = await createProcessOn(a, db().token, 'Widerruf während Ausfall');
    const token = await createToken(a);
    const onB = connectAs(b.url, roomName(processId, 'map'), { bearer: token });
    clients.push(onB);
    await waitFor(() => onB.provider.synced, SYNC_MS, 'sync on B');

    gate.shut();
    expect((await revokeToken(a, token)).status).toBe(204);
    await sleep(500);
    expect(onB.closes, 'B cannot have heard of the revocation yet').toEqual([]);
    gate.open();
    await waitFor(() => onB.closes.length > 0, 10_000, 'B to re-check its sockets after reconnecting');
    expect(onB.closes[0]).toEqual({ code: CLOSE.accessChanged.code, reason: CLOSE.accessChanged.reason });
  });

  it('loses nothing anyone saw when one instance is SIGKILLed mid-edit and its clients move to the other', async () => {
    const [a, b] = await pairOnSharedRedis();
    const rooms = await Promise.all(Array.from({ length: 3 }, (_, index) => openRoom(10 + index, [a, b], 2)));
    const all = rooms.flat();
    for (const editor of all) editor.startEditing(50);
    await waitFor(
      () => all.every((editor) => editor.keysFromOthers().length >= 20),
      20_000,
      'edits to cross both instances',
    );
    await sleep(Math.floor(Math.random() * 300));

    // Every key that had reached someone other than its writer, taken in the same tick as the kill.
    const seen = rooms.map((room) => new Set(room.flatMap((editor) => editor.keysFromOthers())));
    const killed = a.kill();
    const movers = all.filter((editor) => editor.instanceUrl === a.url);
    // The load balancer sends their reconnects to the surviving instance; they never stop editing.
    for (const editor of movers) editor.moveTo(b.url);
    await killed;
    // A replacement for A boots meanwhile; it will have to read everything back from PostgreSQL alone.
    const replacement = spawn('A2', redisUrl, newRedisPrefix());
    await Promise.all(
      movers.map((editor) => waitFor(() => editor.provider.synced, SYNC_MS, 'moved editor sync')),
    );
    await sleep(500);
    for (const editor of all) editor.stopEditing();
    await waitForConvergence(rooms, 'editors after the kill');
    expectIdentical(rooms);

    for (const [index, room] of rooms.entries()) {
      const onB = await readerOn(b, room[0]!.processId);
      const lost = [...seen[index]!].filter((key) => !onB.has(key));
      expect(lost, `room ${index}: seen by someone before the kill, missing afterwards`).toEqual([]);
      expect(onB.toJSON()).toEqual(room[0]!.nodes.toJSON());
    }
    const a2 = await replacement;
    for (const room of rooms) {
      const onA2 = await readerOn(a2, room[0]!.processId);
      expect(onA2.toJSON(), 'state read back from PostgreSQL').toEqual(room[0]!.nodes.toJSON());
    }
    console.log(
      `scale-out SIGKILL: ${seen.reduce((sum, keys) => sum + keys.size, 0)} keys seen by others before the kill, ` +
        `${movers.length} clients moved to B, ${countEdits(all)} edits in all, none lost`,
    );
  });

  it('converges every room again after Redis is restarted mid-edit', async () => {
    const broker = await startPrivateRedis();
    brokers.push(broker);
    // B reaches Redis through a gate, so that it can come back later than A (see below).
    const gate = await startTcpGate(broker.port);
    gates.push(gate);
    const prefix = newRedisPrefix();
    const [a, b] = await Promise.all([
      spawn('A', broker.url, prefix),
      // B does not read the database's credential events in this test (test/sync-credentials.test.ts does), so
      // only its re-check after Redis comes back can close the socket.
      spawn('B', `redis://127.0.0.1:${gate.port}`, prefix, { ACCESS_POLL_MS: '600000' }),
    ]);
    const rooms = await Promise.all(Array.from({ length: 3 }, (_, index) => openRoom(20 + index, [a, b], 2)));
    for (const editor of rooms.flat()) editor.edit();
    await waitForConvergence(rooms, 'fan-out before the outage');
    for (const editor of rooms.flat()) editor.startEditing(100);
    await sleep(300);

    await broker.kill();
    gate.shut();
    const outageStarted = Date.now();
    // A room first opened while Redis is away: both instances load it without a working subscription.
    const openedDuringOutage = await openRoom(23, [a, b], 2);
    for (const editor of openedDuringOutage) editor.startEditing(100);
    rooms.push(openedDuringOutage);
    await sleep(Math.max(500, 1000 - (Date.now() - outageStarted)));
    const drifted = rooms.filter(hasDrifted).length;
    expect(drifted, 'rooms whose instances drifted apart during the outage').toBeGreaterThan(0);

    await broker.restart();
    // A is back first and sends what it published during the outage while B does not listen yet: B gets those
    // edits only by re-reading its rooms from storage once its own connection returns.
    await waitForAsync(
      async () =>
        (await commandCalls(broker.port, 'subscribe')) > 0 &&
        (await commandCalls(broker.port, 'publish')) > 0,
      10_000,
      'A to resubscribe and publish again',
    );
    const aBackAfter = Date.now() - outageStarted;
    gate.open();

    await sleep(300);
    for (const editor of rooms.flat()) editor.stopEditing();
    await waitForConvergence(rooms, 'rooms after Redis came back');
    expectIdentical(rooms);
    console.log(
      `scale-out Redis restart: A back after ${aBackAfter} ms, B later; ${drifted} of ${rooms.length} rooms ` +
        `had drifted apart, ${countEdits(rooms.flat())} edits converged`,
    );
  });
});

/** Waits until every editor of each room holds every key written in that room. */
async function waitForConvergence(rooms: readonly RoamingEditor[][], what: string): Promise<void> {
  const isConverged = (room: readonly RoamingEditor[]) => {
    const written = room.flatMap((editor) => [...editor.written]);
    return room.every(
      (editor) => editor.nodes.size === written.length && written.every((key) => editor.nodes.has(key)),
    );
  };
  await waitFor(() => rooms.every(isConverged), CONVERGE_MS, `convergence: ${what}`).catch((error: Error) => {
    const sizes = rooms.map((room) => room.map((editor) => `${editor.name}=${editor.nodes.size}`).join(' '));
    throw new Error(`${error.message}\n  ${sizes.join('\n  ')}`);
  });
}

/** Whether some editor of the room lacks a key that another one holds. */
function hasDrifted(room: readonly RoamingEditor[]): boolean {
  const union = new Set(room.flatMap((editor) => [...editor.nodes.keys()]));
  return room.some((editor) => editor.nodes.size < union.size);
}

function expectIdentical(rooms: readonly RoamingEditor[][]): void {
  for (const room of rooms) {
    const first = room[0]!.nodes.toJSON();
    for (const editor of room.slice(1)) expect(editor.nodes.toJSON(), editor.name).toEqual(first);
  }
}

const countEdits = (editors: readonly RoamingEditor[]) =>
  editors.reduce((sum, editor) => sum + editor.written.size, 0);

type Percentiles = { p50: number; p99: number; n: number };

function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99), n: sorted.length };
}

const summary = ({ p50, p99, n }: Percentiles) =>
  `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (n ${n})`;

async function waitForAsync(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
