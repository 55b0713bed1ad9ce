// Runs the shared Store contract against PostgreSQL, each test in a throwaway schema; skipped without DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { storeContractSuite, type StoreFactory } from '../contract.ts';
import { storedParts } from '../merge.ts';
import { createSqliteStore } from '../sqlite/index.ts';
import type { Store } from '../store.ts';
import { createPostgresStore } from './index.ts';

const url = process.env.DATABASE_URL ?? '';

async function withClient<T>(schema: string | undefined, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (schema !== undefined) await client.query(`SET search_path TO ${escapeIdentifier(schema)}`);
    return await work(client);
  } finally {
    await client.end();
  }
}

const newSchema = () => `pw_test_${randomBytes(6).toString('hex')}`;
const dropSchema = (schema: string) =>
  withClient(
    undefined,
    async (client) => void (await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`)),
  );

const testDatabase: StoreFactory = async () => {
  const schema = newSchema();
  const open = () => createPostgresStore({ url, schema });
  const store = await open().catch(async (error: unknown) => {
    await dropSchema(schema);
    throw error;
  });
  return {
    store,
    reopen: open,
    rawSql: (sql) => withClient(schema, async (client) => void (await client.query(sql))),
    cleanup: () => dropSchema(schema),
  };
};

if (!url) {
  const reason =
    'set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run the PostgreSQL store tests';
  console.warn(`Skipped: ${reason}.`);
}

describe.skipIf(!url)('PostgreSQL store', () => {
  // Created once outside the test schemas, so that dropping a test schema never takes the extension with it.
  beforeAll(async () => {
    await withClient(undefined, (client) => client.query('CREATE EXTENSION IF NOT EXISTS unaccent')).catch(
      (error: unknown) => console.warn('unaccent is not available; search falls back to translate()', error),
    );
  });

  storeContractSuite('PostgreSQL', testDatabase);

  describe('shared by several server instances', () => {
    let schema: string;
    const stores: Store[] = [];
    const open = async () => {
      const store = await createPostgresStore({ url, schema });
      stores.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
      await dropSchema(schema);
    });

    it('migrates a fresh database once when several instances start at the same moment', async () => {
      schema = newSchema();
      const [a, b, c] = await Promise.all([open(), open(), open()]);
      await a.createProcess({ id: 'p1', title: 'Bauantrag', orgId: null });
      expect((await c.getProcess('p1'))?.title).toBe('Bauantrag');
      expect(await b.getProcess('p1')).toEqual(await a.getProcess('p1'));
    });

    it('loses no update when instances append to and compact one room at the same time', async () => {
      schema = newSchema();
      const [a, b] = await Promise.all([open(), open()]);
      const room = 'p1/map';
      const perWriter = 40;
      const write = async (store: Store, writer: string) => {
        const doc = new Y.Doc();
        const updates: Uint8Array[] = [];
        doc.on('update', (update: Uint8Array) => void updates.push(update));
        for (let i = 0; i < perWriter; i++) doc.getMap('nodes').set(`${writer}${i}`, i);
        for (const update of updates) await store.appendUpdates([{ room, update }]);
      };
      let writing = true;
      const compactWhileWriting = async (store: Store) => {
        while (writing) await store.compact(room);
      };
      const compactions = [compactWhileWriting(a), compactWhileWriting(b)];
      await Promise.all([write(a, 'a'), write(b, 'b'), write(a, 'c'), write(b, 'd')]);
      writing = false;
      await Promise.all(compactions);

      const loaded = await b.loadDoc(room);
      const doc = new Y.Doc();
      for (const part of storedParts(loaded)) Y.applyUpdate(doc, part);
      expect(doc.getMap('nodes').size).toBe(4 * perWriter);
    });

    it('takes over a SQLite deployment from its dump', async () => {
      schema = newSchema();
      const sqlite = createSqliteStore({ dataDir: ':memory:' });
      const source = new Y.Doc();
      source.getMap('nodes').set('n1', 'Antrag prüfen');
      await sqlite.createOrg({ id: 'kehl', name: 'Kehl' });
      await sqlite.createUser({ id: 'u1', email: 'Anna@Kehl.de', name: 'Anna', passwordHash: null });
      await sqlite.createProcess({
        id: 'p1',
        title: 'Gewerbeanmeldung',
        orgId: 'kehl',
        tags: ['Wirtschaft', 'Gewerbe'],
      });
      await sqlite.createProcess({
        id: 'p2',
        title: 'Variante',
        orgId: 'kehl',
        originProcessId: 'p1',
        originVersion: 1,
      });
      await sqlite.appendUpdates([{ room: 'p1/map', update: Y.encodeStateAsUpdate(source) }]);
      await sqlite.createSnapshot({
        processId: 'p1',
        name: 'v1',
        note: 'ä',
        mapState: Y.encodeStateAsUpdate(source),
        discussionState: new Uint8Array([0, 0]),
        canonicalJson: '{"n1":"Antrag prüfen"}',
        sha256: 'h',
        frozenById: 'u1',
        frozenAt: '2026-11-25T10:00:00.000Z',
        agreedByIds: ['u1'],
        people: [{ personId: 'u1', salt: 's', name: 'Anna', org: 'Kehl', email: '' }],
      });
      const dump = await sqlite.dumpAll();
      await sqlite.close();

      const postgres = await open();
      await postgres.restoreAll(dump, { live: new Map(), published: new Map() });
      expect(await postgres.dumpAll()).toEqual(dump);
      expect((await postgres.getUserByEmail('anna@kehl.de'))?.id).toBe('u1');
      expect((await postgres.listVariants('p1')).map((p) => p.id)).toEqual(['p2']);
      const search = await postgres.searchLibrary({
        memberOrgIds: ['kehl'],
        includePublished: false,
        tag: 'Gewerbe',
      });
      expect(search.map((p) => p.id)).toEqual(['p1']);
    });
  });
});
