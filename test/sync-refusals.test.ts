// A refused edit stays refused: a stock y-websocket client that resends it on reconnect never gets it stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_LOCKED, SESSION_ROOT, roomName } from '@prozesswerk/protocol';
import type { Role } from '@prozesswerk/protocol';
import { addMember, issueAccessToken } from '../server/src/auth/accounts.ts';
import { readStoredDoc } from '../server/src/library/stored-docs.ts';
import { createPostgresStore } from '../server/src/store/postgres/index.ts';
import type { Store } from '../server/src/store/store.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { connectAs, type ObservedClient } from './support/raw-client.ts';
import {
  createProcessOn,
  createSharedDatabase,
  newRedisPrefix,
  spawnInstance,
  type Instance,
  type SharedDatabase,
} from './support/scale-out-cluster.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

describe('refused updates on one instance (SQLite)', () => {
  let server: TestServer;
  let facilitator: string;
  let editor: string;
  const clients: (StockClient | ObservedClient)[] = [];
  const track = <T extends StockClient | ObservedClient>(client: T): T => (clients.push(client), client);

  beforeAll(async () => {
    server = await startTestServer();
    facilitator = (await seedMember(server, 'facilitator')).token;
    editor = (await seedMember(server, 'editor')).token;
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  const storedNodes = async (processId: string) => {
    const doc = await readStoredDoc(server.store, processId, 'map');
    return doc.getMap('nodes').toJSON();
  };
  const freshReader = async (processId: string) => {
    const reader = track(connectStockClient(server.url, processId, 'map', { token: server.adminToken }));
    await whenSynced(reader);
    return reader.doc.getMap('nodes').toJSON();
  };
  const setLock = async (session: StockClient, watcher: StockClient, locked: boolean) => {
    session.doc.getMap(SESSION_ROOT).set(SESSION_LOCKED, locked);
    // The server relays only what it applied, so once a watcher sees the lock, the server enforces it.
    await waitFor(
      () => watcher.doc.getMap(SESSION_ROOT).get(SESSION_LOCKED) === locked,
      5000,
      'lock relayed',
    );
  };

  it('never accepts an edit refused while locked: not after the unlock, not on reconnect with the same document', async () => {
    const processId = await createProcess(server);
    const session = track(connectStockClient(server.url, processId, 'session', { token: facilitator }));
    const watcher = track(connectStockClient(server.url, processId, 'session', { token: server.adminToken }));
    const stock = track(connectAs(server.url, roomName(processId, 'map'), { bearer: editor }));
    await Promise.all([whenSynced(session), whenSynced(watcher)]);
    await waitFor(() => stock.provider.synced);
    stock.doc.getMap('nodes').set('a', 'Antrag prüfen');
    stock.doc.getMap('nodes').set('b', 'Gebühr kassieren');
    expect(
      await waitForStored(() => storedNodes(processId), { a: 'Antrag prüfen', b: 'Gebühr kassieren' }),
    ).toBe(true);

    await setLock(session, watcher, true);
    stock.doc.getMap('nodes').set('b', 'Gebühr kassieren (30 €)');
    await waitFor(() => stock.denials.length === 1, 5000, 'the refusal');
    expect(stock.denials).toEqual(['permission-denied:map-locked']);
    await setLock(session, watcher, false);

    // The same document reconnects: its sync step 2 carries the refused change again, and is refused again.
    for (let attempt = 2; attempt <= 4; attempt++) {
      stock.provider.disconnect();
      stock.provider.connect();
      await waitFor(() => stock.denials.length === attempt, 5000, `refusal number ${attempt}`);
    }
    expect(stock.denials.slice(1)).toEqual(Array(3).fill('permission-denied:builds-on-refused'));
    // Later edits of that document build on the refused one and are refused too, never stored half.
    stock.doc.getMap('nodes').set('c', 'Bescheid');
    await waitFor(() => stock.denials.length === 5, 5000, 'the later edit refused');

    const expected = { a: 'Antrag prüfen', b: 'Gebühr kassieren' };
    expect(await freshReader(processId)).toEqual(expected);
    expect(await storedNodes(processId)).toEqual(expected);

    // The person's rebuilt document (server state, new client id) writes and deletes as anyone may.
    const rebuilt = track(connectStockClient(server.url, processId, 'map', { token: editor }));
    await whenSynced(rebuilt);
    rebuilt.doc.getMap('nodes').set('b', 'Gebühr kassieren (30 €)');
    rebuilt.doc.getMap('nodes').delete('a');
    expect(await waitForStored(() => storedNodes(processId), { b: 'Gebühr kassieren (30 €)' })).toBe(true);
  });

  it('never accepts a deletion refused while locked when the same document resends it', async () => {
    const processId = await createProcess(server);
    const session = track(connectStockClient(server.url, processId, 'session', { token: facilitator }));
    const watcher = track(connectStockClient(server.url, processId, 'session', { token: server.adminToken }));
    const stock = track(connectAs(server.url, roomName(processId, 'map'), { bearer: editor }));
    await Promise.all([whenSynced(session), whenSynced(watcher)]);
    await waitFor(() => stock.provider.synced);
    stock.doc.getMap('nodes').set('a', 'Antrag prüfen');
    expect(await waitForStored(() => storedNodes(processId), { a: 'Antrag prüfen' })).toBe(true);

    await setLock(session, watcher, true);
    stock.doc.getMap('nodes').delete('a');
    await waitFor(() => stock.denials.length === 1, 5000, 'the refusal');
    await setLock(session, watcher, false);
    stock.provider.disconnect();
    stock.provider.connect();
    await waitFor(() => stock.denials.length === 2, 5000, 'the resent deletion refused');
    expect(stock.denials[1]).toBe('permission-denied:builds-on-refused');
    expect(await freshReader(processId)).toEqual({ a: 'Antrag prüfen' });
    // A delete-only refusal spends no clock: the same document's next edit is its own and is taken.
    stock.doc.getMap('nodes').set('d', 'Neu');
    expect(await waitForStored(() => storedNodes(processId), { a: 'Antrag prüfen', d: 'Neu' })).toBe(true);
  });

  it('answers a client that keeps resending a refused update each time, storing nothing, while another room syncs', async () => {
    const processId = await createProcess(server);
    const otherId = await createProcess(server, 'Hundesteuer');
    const viewer = (await seedMember(server, 'viewer')).token;
    const stock = track(connectAs(server.url, roomName(processId, 'map'), { bearer: viewer }));
    const [anna, ben] = [0, 1].map(() =>
      track(connectStockClient(server.url, otherId, 'map', { token: server.adminToken })),
    );
    await Promise.all([whenSynced(anna!), whenSynced(ben!)]);
    await waitFor(() => stock.provider.synced);
    const logBefore = await server.store.logLength(roomName(processId, 'map'));
    stock.doc.getMap('nodes').set('x', 'vom Betrachter');
    for (let attempt = 1; attempt <= 20; attempt++) {
      await waitFor(() => stock.denials.length === attempt, 5000, `refusal ${attempt}`);
      anna!.doc.getMap('nodes').set(`n${attempt}`, attempt);
      stock.provider.disconnect();
      stock.provider.connect();
    }
    await waitFor(() => ben!.doc.getMap('nodes').get('n20') === 20, 5000, 'the other room syncing');
    expect(await server.store.logLength(roomName(processId, 'map'))).toBe(logBefore);
    expect(await freshReader(processId)).toEqual({});
  });
});

const databaseUrl = process.env.DATABASE_URL ?? '';
const redisUrl = process.env.REDIS_URL ?? '';
describe.skipIf(!databaseUrl || !redisUrl)(
  'refused updates across two instances (PostgreSQL + Redis)',
  () => {
    let database: SharedDatabase;
    let store: Store;
    let a: Instance;
    let b: Instance;
    const clients: (StockClient | ObservedClient)[] = [];
    const track = <T extends StockClient | ObservedClient>(client: T): T => (clients.push(client), client);
    const WAIT_MS = 15_000;

    const tokenFor = async (role: Role) => {
      const email = `${role}-${Math.random().toString(36).slice(2)}@test.de`;
      const orgId = (await store.listOrgs())[0]!.id;
      await addMember(store, { email, name: role, orgId, role });
      return (await issueAccessToken(store, email)).token;
    };

    beforeAll(async () => {
      database = await createSharedDatabase(databaseUrl);
      store = await createPostgresStore({ url: database.url, schema: database.schema });
      const options = { database, redisUrl, redisPrefix: newRedisPrefix() };
      [a, b] = await Promise.all([spawnInstance('A', options), spawnInstance('B', options)]);
    }, 60_000);
    afterAll(async () => {
      for (const client of clients) client.destroy();
      await Promise.all([a?.kill(), b?.kill()]);
      await store?.close();
      await database?.drop();
    });

    const storedNodes = async (processId: string) => {
      const doc = await readStoredDoc(store, processId, 'map');
      return doc.getMap('nodes').toJSON();
    };
    const freshReader = async (on: Instance, processId: string) => {
      const reader = track(connectStockClient(on.url, processId, 'map', { token: database.token }));
      await whenSynced(reader, WAIT_MS);
      return reader.doc.getMap('nodes').toJSON();
    };

    it('never accepts an edit refused while locked on one instance, when the same document reconnects to either', async () => {
      const processId = await createProcessOn(a, database.token, 'Gewerbeanmeldung');
      const [facilitator, editor] = await Promise.all([tokenFor('facilitator'), tokenFor('editor')]);
      // The facilitator locks on B; the editor's stock client writes on A.
      const session = track(connectStockClient(b.url, processId, 'session', { token: facilitator }));
      const watcher = track(connectStockClient(a.url, processId, 'session', { token: database.token }));
      const mapWatcher = track(connectStockClient(b.url, processId, 'map', { token: database.token }));
      const stock = track(connectAs(a.url, roomName(processId, 'map'), { bearer: editor }));
      await Promise.all([
        whenSynced(session, WAIT_MS),
        whenSynced(watcher, WAIT_MS),
        whenSynced(mapWatcher, WAIT_MS),
      ]);
      await waitFor(() => stock.provider.synced, WAIT_MS, 'sync');
      stock.doc.getMap('nodes').set('b', 'Gebühr kassieren');
      await waitFor(
        () => mapWatcher.doc.getMap('nodes').get('b') === 'Gebühr kassieren',
        WAIT_MS,
        'edit at B',
      );

      const setLock = async (locked: boolean) => {
        session.doc.getMap(SESSION_ROOT).set(SESSION_LOCKED, locked);
        // A relays only what it applied: once A's watcher sees the lock, A enforces it.
        await waitFor(
          () => watcher.doc.getMap(SESSION_ROOT).get(SESSION_LOCKED) === locked,
          WAIT_MS,
          'lock at A',
        );
      };
      await setLock(true);
      stock.doc.getMap('nodes').set('b', 'Gebühr kassieren (30 €)');
      await waitFor(() => stock.denials.length === 1, WAIT_MS, 'the refusal');
      expect(stock.denials).toEqual(['permission-denied:map-locked']);
      await setLock(false);

      // The same document reconnects to A, then to B: each time its sync step 2 carries the refused change again.
      stock.provider.disconnect();
      stock.provider.connect();
      await waitFor(() => stock.denials.length === 2, WAIT_MS, 'the resend refused on A');
      stock.provider.destroy();
      const moved = track(
        connectAs(b.url, roomName(processId, 'map'), { bearer: editor }, { doc: stock.doc }),
      );
      await waitFor(() => moved.denials.length === 1, WAIT_MS, 'the resend refused on B');
      expect([...stock.denials.slice(1), ...moved.denials]).toEqual([
        'permission-denied:builds-on-refused',
        'permission-denied:builds-on-refused',
      ]);

      const expected = { b: 'Gebühr kassieren' };
      expect(await freshReader(a, processId)).toEqual(expected);
      expect(await freshReader(b, processId)).toEqual(expected);
      expect(mapWatcher.doc.getMap('nodes').toJSON()).toEqual(expected);
      expect(await storedNodes(processId)).toEqual(expected);
    });
  },
);

async function waitForStored(read: () => Promise<unknown>, expected: unknown): Promise<boolean> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (JSON.stringify(await read()) === JSON.stringify(expected)) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`stored state never became ${JSON.stringify(expected)}: ${JSON.stringify(await read())}`);
}
