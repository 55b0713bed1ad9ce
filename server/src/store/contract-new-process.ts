// Store contract: a new process that starts with a map (an import, an adoption) is stored whole or not at all.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store } from './store.ts';

type RawSql = (sql: string) => Promise<void>;

/** A map with one step, as one Yjs update. */
function oneStepMap(label: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('nodes').set('n1', label);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Makes the database refuse every new row of `table`, as a full disk or a failing constraint would. */
async function refuseInserts(store: Store, rawSql: RawSql, table: string): Promise<() => Promise<void>> {
  if (store.dialect === 'sqlite') {
    await rawSql(
      `CREATE TRIGGER refuse_insert BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    return () => rawSql('DROP TRIGGER refuse_insert');
  }
  await rawSql(
    `CREATE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
     CREATE TRIGGER refuse_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_insert()`,
  );
  return () => rawSql(`DROP TRIGGER refuse_insert ON ${table}; DROP FUNCTION refuse_insert()`);
}

const search = (store: Store, text: string) =>
  store.searchLibrary({ memberOrgIds: ['kehl'], includePublished: false, text });

export function newProcessContract(getStore: () => Store, rawSql: RawSql): void {
  it('stores a new process with the map it starts with, found at once by the words of that map', async () => {
    const store = getStore();
    await store.createOrg({ id: 'kehl', name: 'Kehl' });
    const map = oneStepMap('Antrag prüfen');
    const created = await store.createProcess({
      id: 'p1',
      title: 'Gewerbeanmeldung',
      orgId: 'kehl',
      startsWith: { map, searchText: 'Antrag prüfen' },
    });
    expect(await store.getProcess('p1')).toEqual(created);
    expect((await store.loadDoc('p1/map')).updates.map((u) => Buffer.from(u))).toEqual([Buffer.from(map)]);
    expect((await search(store, 'Antrag')).map((p) => p.id)).toEqual(['p1']);
  });

  for (const [what, table] of [
    ['its map', 'doc_updates'],
    ['its search entry', 'search_entries'],
  ] as const) {
    it(`leaves no part of a new process behind when ${what} cannot be stored`, async () => {
      const store = getStore();
      await store.createOrg({ id: 'kehl', name: 'Kehl' });
      const allow = await refuseInserts(store, rawSql, table);
      const input = {
        id: 'p1',
        title: 'Gewerbeanmeldung',
        orgId: 'kehl',
        startsWith: { map: oneStepMap('Antrag prüfen'), searchText: 'Antrag prüfen' },
      };
      await expect(store.createProcess(input)).rejects.toThrow(/refused/);
      expect(await store.getProcess('p1')).toBeUndefined();
      expect(await store.listProcesses(['kehl'])).toEqual([]);
      expect(await store.loadDoc('p1/map')).toEqual({ state: null, updates: [] });
      expect(await search(store, 'Gewerbeanmeldung')).toEqual([]);

      // Nothing half-made stands in the way of trying again once the database takes writes.
      await allow();
      await store.createProcess(input);
      expect((await search(store, 'Antrag')).map((p) => p.id)).toEqual(['p1']);
      expect((await store.loadDoc('p1/map')).updates).toHaveLength(1);
    });
  }
}
