// Store contract, part three: process metadata, library search, lineage and immutable snapshots.
import { expect, it } from 'vitest';
import type { NewSnapshot, Store } from './store.ts';

const snapshot = (processId: string, name: string): NewSnapshot => ({
  processId,
  name,
  note: 'Im Workshop abgestimmt',
  mapState: new Uint8Array([1, 2, 3]),
  discussionState: new Uint8Array([4, 5]),
  canonicalJson: '{"map":{}}',
  sha256: 'abc',
  frozenById: 'u1',
  frozenAt: '2026-11-25T10:00:00.000Z',
  agreedByIds: ['u2', 'x-typed'],
  people: [
    { personId: 'u1', salt: 's1', name: 'Fritz', org: 'Kehl', email: 'fritz@kehl.de' },
    { personId: 'u2', salt: 's2', name: 'Anna', org: 'Kehl', email: '' },
    { personId: 'x-typed', salt: 's3', name: 'Bert Gast', org: 'Offenburg', email: '' },
  ],
});

async function seed(store: Store) {
  await store.createOrg({ id: 'kehl', name: 'Kehl' });
  await store.createOrg({ id: 'offenburg', name: 'Offenburg' });
  await store.createProcess({
    id: 'p1',
    title: 'Gewerbeanmeldung',
    orgId: 'kehl',
    tags: ['Wirtschaft'],
    tier: 'referenz',
  });
  await store.createProcess({
    id: 'p2',
    title: 'Hundesteuer',
    orgId: 'offenburg',
    description: 'Anmeldung eines Hundes',
  });
}

export function libraryContract(getStore: () => Store, rawSql: (sql: string) => Promise<void>): void {
  it('keeps process metadata and changes it in place', async () => {
    const store = getStore();
    await seed(store);
    const updated = await store.updateProcessMeta('p1', {
      description: 'Neu',
      leikaKey: '99050012104000',
      tags: ['a', 'b'],
    });
    expect(updated).toMatchObject({
      title: 'Gewerbeanmeldung',
      description: 'Neu',
      leikaKey: '99050012104000',
      tags: ['a', 'b'],
      tier: 'referenz',
      status: 'draft',
    });
    expect(await store.updateProcessMeta('missing', { title: 'x' })).toBeUndefined();
  });

  it('finds a process by a word from one of its step labels, part of a compound, without umlauts', async () => {
    const store = getStore();
    await seed(store);
    await store.setSearchText('p1', 'Vollständigkeit prüfen · Gebühr erheben · Gewerbeschein aushändigen');
    const find = async (text: string) =>
      (await store.searchLibrary({ memberOrgIds: ['kehl', 'offenburg'], includePublished: false, text })).map(
        (p) => p.id,
      );
    expect(await find('Gebühr')).toEqual(['p1']);
    expect(await find('gewerbeschein')).toEqual(['p1']);
    expect(await find('schein')).toEqual(['p1']);
    expect(await find('Gebuhr')).toEqual(['p1']);
    expect((await find('anmeldung')).sort()).toEqual(['p1', 'p2']);
    expect(await find('Hund')).toEqual(['p2']);
    expect(await find('Baugenehmigung')).toEqual([]);
  });

  it('searches only what the caller may see, with filters', async () => {
    const store = getStore();
    await seed(store);
    const search = (q: Partial<Parameters<Store['searchLibrary']>[0]>) =>
      store
        .searchLibrary({ memberOrgIds: ['kehl'], includePublished: true, ...q })
        .then((r) => r.map((p) => p.id));
    expect(await search({})).toEqual(['p1']);
    expect(await search({ tag: 'Wirtschaft' })).toEqual(['p1']);
    expect(await search({ tier: 'lokal' })).toEqual([]);
    expect(await search({ memberOrgIds: [], includePublished: false })).toEqual([]);
    await store.createSnapshot(snapshot('p2', 'v1'));
    await store.publishVersion('p2', 1, '');
    expect((await search({})).sort()).toEqual(['p1', 'p2']);
    expect(await search({ status: 'published' })).toEqual(['p2']);
  });

  it('numbers snapshots per process and marks the process agreed', async () => {
    const store = getStore();
    await seed(store);
    expect((await store.createSnapshot(snapshot('p1', 'Erste Fassung'))).version).toBe(1);
    expect((await store.createSnapshot(snapshot('p1', 'Zweite Fassung'))).version).toBe(2);
    expect((await store.createSnapshot(snapshot('p2', 'Andere'))).version).toBe(1);
    expect((await store.getProcess('p1'))?.status).toBe('agreed');
    expect((await store.listSnapshots('p1')).map((s) => s.name)).toEqual(['Erste Fassung', 'Zweite Fassung']);
    const loaded = await store.getSnapshot('p1', 2);
    expect(Buffer.from(loaded!.mapState)).toEqual(Buffer.from([1, 2, 3]));
    expect(loaded?.frozenBy).toEqual({ id: 'u1', name: 'Fritz' });
    expect(loaded?.agreedBy).toEqual([
      { id: 'u2', name: 'Anna', org: 'Kehl' },
      { id: 'x-typed', name: 'Bert Gast', org: 'Offenburg' },
    ]);
    expect(loaded?.people).toHaveLength(3);
    expect(loaded?.redactedNames).toBe(0);
    expect(await store.getSnapshot('p1', 3)).toBeUndefined();
  });

  it('refuses UPDATE and DELETE on versions at the database itself', async () => {
    const store = getStore();
    await seed(store);
    await store.createSnapshot(snapshot('p1', 'Erste Fassung'));
    await expect(rawSql("UPDATE versions SET name = 'gefälscht' WHERE process_id = 'p1'")).rejects.toThrow(
      /immutable/,
    );
    await expect(rawSql("DELETE FROM versions WHERE process_id = 'p1'")).rejects.toThrow(/immutable/);
    expect((await store.getSnapshot('p1', 1))?.name).toBe('Erste Fassung');
  });

  it('never changes a name in a version and erases one only together with its redaction record', async () => {
    const store = getStore();
    await seed(store);
    await store.createSnapshot(snapshot('p1', 'Erste Fassung'));
    await expect(rawSql("UPDATE version_people SET name = 'Jemand' WHERE person_id = 'u2'")).rejects.toThrow(
      /never changed/,
    );
    await expect(rawSql("DELETE FROM version_people WHERE person_id = 'u2'")).rejects.toThrow(/redaction/);
    const redaction = {
      personId: 'u2',
      redactedAt: '2026-12-01T09:00:00.000Z',
      pseudonym: 'Ehemalige Person 1',
      reason: 'Art. 17 DSGVO',
    };
    expect(await store.redactVersionPerson('p1', 1, redaction)).toBe(true);
    expect(await store.redactVersionPerson('p1', 1, redaction)).toBe(false);
    const loaded = await store.getSnapshot('p1', 1);
    expect(loaded?.agreedBy[0]).toEqual({ id: 'u2', name: 'Ehemalige Person 1', org: '' });
    expect(loaded?.people.map((p) => p.personId)).toEqual(['u1', 'x-typed']);
    expect(loaded?.redactedNames).toBe(1);
    await expect(rawSql("DELETE FROM version_redactions WHERE person_id = 'u2'")).rejects.toThrow(
      /permanent/,
    );
    await expect(
      rawSql(
        "INSERT INTO version_people (process_id, version, person_id, salt, name, org) VALUES ('p1', 1, 'u2', 's', 'Anna', '')",
      ),
    ).rejects.toThrow(/does not come back/);
  });

  it('finds the versions naming a person by id, or by a typed-in name', async () => {
    const store = getStore();
    await seed(store);
    await store.createSnapshot(snapshot('p1', 'Erste Fassung'));
    await store.createSnapshot(snapshot('p2', 'Andere'));
    const byId = await store.findVersionPeople({ personIds: ['u1'], names: [] });
    expect(byId.map((m) => [m.processId, m.version, m.person.name])).toEqual([
      ['p1', 1, 'Fritz'],
      ['p2', 1, 'Fritz'],
    ]);
    const byName = await store.findVersionPeople({ personIds: [], names: ['bert gast', 'Fritz'] });
    // "Fritz" is a member (by id), never matched by name; only typed-in names are.
    expect(byName.map((m) => m.person.personId)).toEqual(['x-typed', 'x-typed']);
  });

  it('records lineage and lists the variants of a process', async () => {
    const store = getStore();
    await seed(store);
    await store.createProcess({
      id: 'p3',
      title: 'Gewerbeanmeldung Offenburg',
      orgId: 'offenburg',
      originProcessId: 'p1',
      originVersion: 1,
      tier: 'lokal',
    });
    expect(await store.getProcess('p3')).toMatchObject({
      originProcessId: 'p1',
      originVersion: 1,
      tier: 'lokal',
    });
    expect((await store.listVariants('p1')).map((p) => p.id)).toEqual(['p3']);
  });

  it('marks a process changed when its map is written', async () => {
    const store = getStore();
    await seed(store);
    const before = (await store.getProcess('p1'))!.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.appendUpdates([{ room: 'p1/map', update: new Uint8Array([0, 0]) }]);
    expect((await store.getProcess('p1'))!.updatedAt > before).toBe(true);
  });
}
