// Store contract, library search: what each reader may find (drafts stay private), and finding what people type —
// LeiKa keys, municipality names, tags, step labels, German umlauts and parts of words — best match first.
import { expect, it } from 'vitest';
import type { NewSnapshot, Store } from './store.ts';

const version = (processId: string): NewSnapshot => ({
  processId,
  name: 'v1',
  note: '',
  mapState: new Uint8Array([0, 0]),
  discussionState: new Uint8Array([0, 0]),
  canonicalJson: '{}',
  sha256: 'h',
  frozenById: 'u1',
  frozenAt: '2026-11-25T10:00:00.000Z',
  agreedByIds: [],
  people: [{ personId: 'u1', salt: 's', name: 'Fritz', org: '', email: '' }],
});

async function seed(store: Store) {
  await store.createOrg({ id: 'kehl', name: 'Stadt Kehl' });
  await store.createOrg({ id: 'offenburg', name: 'Stadt Offenburg' });
  await store.createProcess({
    id: 'gewerbe',
    title: 'Gewerbeanmeldung',
    orgId: 'kehl',
    leikaKey: '99050012104000',
    tags: ['Wirtschaft'],
    description: 'Anmeldung eines Gewerbes',
  });
  await store.createProcess({ id: 'hund', title: 'Hundesteuer', orgId: 'offenburg', tags: ['Steuern'] });
  await store.setSearchText('hund', 'Hund anmelden · Gebuehr festsetzen');
  // Kehl publishes version 1 of its Gewerbeanmeldung.
  await store.createSnapshot(version('gewerbe'));
  await store.publishVersion('gewerbe', 1, 'Antrag prüfen · Gebühr erheben · Gewerbeschein aushändigen');
}

const ids = (found: { id: string }[]) => found.map((p) => p.id);
/** A member of Offenburg searching: Kehl's processes only as published. */
const asOffenburg = (store: Store, text?: string, filters = {}) =>
  store.searchLibrary({ memberOrgIds: ['offenburg'], includePublished: true, text, ...filters });
const asKehl = (store: Store, text?: string) =>
  store.searchLibrary({ memberOrgIds: ['kehl'], includePublished: true, text });

export function searchContract(getStore: () => Store): void {
  it('never lets another municipality find a process by its unpublished live text or metadata', async () => {
    const store = getStore();
    await seed(store);
    // After publishing, Kehl keeps working on the draft.
    await store.setSearchText('gewerbe', 'UNVEROEFFENTLICHT Zauberwort · Antrag prüfen');
    await store.updateProcessMeta('gewerbe', {
      title: 'Geheimer Entwurf',
      description: 'intern',
      tags: ['Vertraulich'],
      leikaKey: '11111111111111',
    });
    for (const secret of ['Zauberwort', 'auberw', 'zau', 'Geheimer', 'intern', 'Vertraulich', '11111111'])
      expect(ids(await asOffenburg(store, secret)), secret).toEqual([]);
    expect(ids(await asOffenburg(store, undefined, { tag: 'Vertraulich' }))).toEqual([]);
    // What was published is found, and shown as published.
    const [published] = await asOffenburg(store, 'Gewerbeschein');
    expect(published).toMatchObject({
      id: 'gewerbe',
      title: 'Gewerbeanmeldung',
      description: 'Anmeldung eines Gewerbes',
      tags: ['Wirtschaft'],
      leikaKey: '99050012104000',
      status: 'published',
    });
    expect(ids(await asOffenburg(store, undefined, { tag: 'Wirtschaft' }))).toEqual(['gewerbe']);
    // Kehl itself finds the draft, as it is now.
    const [own] = await asKehl(store, 'auberw');
    expect(own).toMatchObject({ id: 'gewerbe', title: 'Geheimer Entwurf', tags: ['Vertraulich'] });
    expect(ids(await asKehl(store, 'Gewerbeschein'))).toEqual([]);
  });

  it('shows a republished process with the metadata of the new publication, and nothing once withdrawn', async () => {
    const store = getStore();
    await seed(store);
    await store.updateProcessMeta('gewerbe', { title: 'Gewerbeanmeldung (neu)' });
    expect((await asOffenburg(store, 'Gewerbe'))[0]?.title).toBe('Gewerbeanmeldung');
    await store.createSnapshot(version('gewerbe'));
    await store.publishVersion('gewerbe', 2, 'Online-Antrag prüfen');
    expect((await asOffenburg(store, 'Gewerbe'))[0]?.title).toBe('Gewerbeanmeldung (neu)');
    expect(ids(await asOffenburg(store, 'Gewerbeschein'))).toEqual([]);
    expect(ids(await asOffenburg(store, 'Online'))).toEqual(['gewerbe']);
    expect((await store.getPublication('gewerbe'))?.version).toBe(2);
    await store.withdrawPublication('gewerbe', '2026-12-01T09:00:00.000Z');
    expect(ids(await asOffenburg(store, 'Gewerbe'))).toEqual([]);
    // What was shared stays known (a variant still names its withdrawn origin by its published title).
    expect((await store.getPublication('gewerbe'))?.title).toBe('Gewerbeanmeldung (neu)');
    expect(ids(await asKehl(store, 'Gewerbe'))).toEqual(['gewerbe']);
  });

  it('finds a LeiKa key typed whole, by its beginning or in groups, but not from its middle', async () => {
    const store = getStore();
    await seed(store);
    for (const key of ['99050012104000', '99050012', '990', '99050 012 104000'])
      expect(ids(await asOffenburg(store, key)), key).toEqual(['gewerbe']);
    expect(ids(await asOffenburg(store, '0012104'))).toEqual([]);
    expect(ids(await asOffenburg(store, '99050012104001'))).toEqual([]);
  });

  it('finds processes by the name of their municipality', async () => {
    const store = getStore();
    await seed(store);
    expect(ids(await asOffenburg(store, 'Kehl'))).toEqual(['gewerbe']);
    expect(ids(await asOffenburg(store, 'Offenburg'))).toEqual(['hund']);
    expect(ids(await asOffenburg(store, 'Stadt')).sort()).toEqual(['gewerbe', 'hund']);
  });

  it('finds "Gebühr" typed as Gebuehr or Gebuhr, and "Gebuehr" typed as Gebühr', async () => {
    const store = getStore();
    await seed(store);
    for (const typed of ['Gebühr', 'Gebuehr', 'GEBÜHR']) {
      // Kehl's published map says "Gebühr", Offenburg's own map "Gebuehr".
      expect(ids(await asOffenburg(store, typed)).sort(), typed).toEqual(['gewerbe', 'hund']);
    }
    // Typed without the dots, it finds the word written with the umlaut.
    expect(ids(await asOffenburg(store, 'gebuhr'))).toEqual(['gewerbe']);
    expect(ids(await asOffenburg(store, 'aushaendigen'))).toEqual(['gewerbe']);
    expect(ids(await asOffenburg(store, 'Gebühren'))).toContain('gewerbe');
  });

  it('finds parts of words, tags and step labels', async () => {
    const store = getStore();
    await seed(store);
    expect(ids(await asOffenburg(store, 'schein'))).toEqual(['gewerbe']);
    expect(ids(await asOffenburg(store, 'anmeld')).sort()).toEqual(['gewerbe', 'hund']);
    expect(ids(await asOffenburg(store, 'steuer'))).toEqual(['hund']);
    expect(ids(await asOffenburg(store, 'Wirtschaft'))).toEqual(['gewerbe']);
    expect(ids(await asOffenburg(store, 'Hund Gebühr'))).toEqual(['hund']);
    expect(ids(await asOffenburg(store, 'Baugenehmigung'))).toEqual([]);
  });

  it('ranks a match in the title above one only in the steps, and the exact LeiKa key first', async () => {
    const store = getStore();
    await seed(store);
    await store.createProcess({ id: 'steuer', title: 'Gewerbesteuer', orgId: 'offenburg' });
    await store.setSearchText('hund', 'Hund anmelden · Gewerbe prüfen');
    await store.createProcess({
      id: 'key',
      title: 'Andere Leistung',
      orgId: 'offenburg',
      leikaKey: '99050012999999',
    });
    expect(ids(await asOffenburg(store, 'Gewerbe'))).toEqual(['gewerbe', 'steuer', 'hund']);
    expect(ids(await asOffenburg(store, '99050012104000'))).toEqual(['gewerbe']);
    expect(ids(await asOffenburg(store, '99050012'))).toEqual(expect.arrayContaining(['gewerbe', 'key']));
  });

  it('finds the words of an edit made after indexing, and keeps finding them when the words stay the same', async () => {
    const store = getStore();
    await seed(store);
    await store.updateSearchText('hund', 'Hund anmelden · Marke ausgeben');
    expect(ids(await asOffenburg(store, 'Marke'))).toEqual(['hund']);
    expect(ids(await asOffenburg(store, 'festsetzen'))).toEqual([]);
    // The same words again (a step was only moved): nothing is lost, and a title change still shows.
    await store.updateSearchText('hund', 'Hund anmelden · Marke ausgeben');
    await store.updateProcessMeta('hund', { title: 'Hundesteuer und Marke' });
    await store.updateSearchText('hund', 'Hund anmelden · Marke ausgeben');
    expect(ids(await asOffenburg(store, 'Marke'))).toEqual(['hund']);
    expect(ids(await asOffenburg(store, 'und Marke'))).toEqual(['hund']);
    // A new process's first words.
    await store.createProcess({ id: 'neu', title: 'Neu', orgId: 'offenburg' });
    await store.updateSearchText('neu', 'Sperrmüll bestellen');
    expect(ids(await asOffenburg(store, 'Sperrmüll'))).toEqual(['neu']);
  });
}
