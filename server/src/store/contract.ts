// One behaviour suite that every Store implementation must pass; each backend's test file runs it.
import { setImmediate } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { adminContract } from './contract-admin.ts';
import { coldLoadContract } from './contract-cold-load.ts';
import { privacyContract } from './contract-privacy.ts';
import { libraryContract } from './contract-library.ts';
import { lineageContract } from './contract-lineage.ts';
import { newProcessContract } from './contract-new-process.ts';
import { peopleAndCredentialsContract } from './contract-people.ts';
import { searchContract } from './contract-search.ts';
import { hourlyRatesContract } from './contract-rates.ts';
import { syncTrustContract } from './contract-sync.ts';
import { liveCopyOf } from './live-copy.ts';
import { storedParts } from './merge.ts';
import type { SearchTexts, Store, StoredDoc } from './store.ts';
import { appendInBatches, updateOf } from './test-support.ts';

const NO_SEARCH_TEXTS: SearchTexts = { live: new Map(), published: new Map() };

export type StoreFactory = () => Promise<{
  store: Store;
  reopen?: () => Promise<Store>;
  /** Runs SQL on the same database over a separate connection, as an operator with a SQL shell would. */
  rawSql: (sql: string) => Promise<void>;
  cleanup: () => Promise<void>;
}>;

/** The update that sets `text` under its own key in the document's `nodes`. */
const textUpdate = (doc: Y.Doc, text: string): Uint8Array =>
  updateOf(doc, () => doc.getMap('nodes').set(text, text));

function readDoc(stored: StoredDoc): Record<string, unknown> {
  const doc = new Y.Doc();
  for (const part of storedParts(stored)) Y.applyUpdate(doc, part);
  return doc.getMap('nodes').toJSON();
}

export function storeContractSuite(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let reopen: (() => Promise<Store>) | undefined;
    let rawSql: (sql: string) => Promise<void>;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, reopen, rawSql, cleanup } = await factory());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    it('creates a process and finds it by id', async () => {
      const created = await store.createProcess({ id: 'p1', title: 'Gewerbeanmeldung', orgId: null });
      expect(await store.getProcess('p1')).toEqual(created);
      expect(await store.getProcess('missing')).toBeUndefined();
    });

    it('refuses a second process with the same id', async () => {
      await store.createProcess({ id: 'p1', title: 'A', orgId: null });
      await expect(store.createProcess({ id: 'p1', title: 'B', orgId: null })).rejects.toThrow();
    });

    it('returns an empty document for a room that was never written', async () => {
      expect(await store.loadDoc('p1/map')).toEqual({ state: null, updates: [] });
    });

    it('keeps appended updates in order and per room', async () => {
      const doc = new Y.Doc();
      const a = textUpdate(doc, 'a');
      const b = textUpdate(doc, 'b');
      await store.appendUpdates([
        { room: 'p1/map', update: a },
        { room: 'p2/map', update: b },
      ]);
      await store.appendUpdates([{ room: 'p1/map', update: b }]);
      const loaded = await store.loadDoc('p1/map');
      expect(loaded.updates.map((u) => Buffer.from(u))).toEqual([Buffer.from(a), Buffer.from(b)]);
      expect(await store.logLength('p2/map')).toBe(1);
    });

    it('compacts the log into the state without changing the document', async () => {
      const doc = new Y.Doc();
      const updates = ['a', 'b', 'c'].map((key) => textUpdate(doc, key));
      await store.appendUpdates(updates.map((update) => ({ room: 'p1/map', update })));
      const before = readDoc(await store.loadDoc('p1/map'));
      await store.compact('p1/map');
      const after = await store.loadDoc('p1/map');
      expect(after.updates).toHaveLength(0);
      expect(after.state).not.toBeNull();
      expect(readDoc(after)).toEqual(before);
      expect(await store.logLength('p1/map')).toBe(0);
    });

    it("compacts from the loaded room's document only when it holds every stored entry", async () => {
      const doc = new Y.Doc();
      const updates = ['a', 'b', 'c'].map((key) => textUpdate(doc, key));
      await store.appendUpdates(updates.map((update) => ({ room: 'p1/map', update })));
      // The room's document holds a, b and c, and d (which the merge could not have: it shows the document was used).
      const live = new Y.Doc();
      for (const update of updates) Y.applyUpdate(live, update);
      Y.applyUpdate(live, textUpdate(doc, 'd'));
      await store.compact('p1/map', liveCopyOf(live));
      expect(Object.keys(readDoc(await store.loadDoc('p1/map'))).sort()).toEqual(['a', 'b', 'c', 'd']);

      // Another writer stored e, which this room has not received yet: the merge keeps it.
      const lagging = new Y.Doc();
      Y.applyUpdate(lagging, Y.encodeStateAsUpdate(live));
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'e') }]);
      await store.compact('p1/map', liveCopyOf(lagging));
      const after = await store.loadDoc('p1/map');
      expect(after.updates).toHaveLength(0);
      expect(Object.keys(readDoc(after)).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    });

    it('reads a room whole while a compaction commits at any moment of the read', async () => {
      for (let delay = 0; delay < 8; delay++) {
        const doc = new Y.Doc();
        const room = `p${delay}/map`;
        const updates = ['a', 'b', 'c', 'd', 'e'].map((key) => textUpdate(doc, `${key}${delay}`));
        await store.appendUpdates(updates.map((update) => ({ room, update })));
        const live = new Y.Doc();
        for (const update of updates) Y.applyUpdate(live, update);
        const compacting = store.compact(room, liveCopyOf(live));
        for (let tick = 0; tick < delay; tick++) await Promise.resolve();
        const loaded = readDoc(await store.loadDoc(room));
        await compacting;
        expect(Object.keys(loaded)).toHaveLength(5);
      }
    });

    it('compacts a long log (merged in a worker thread) while appends go on, keeping both', async () => {
      const doc = new Y.Doc();
      const updates = Array.from({ length: 300 }, (_, n) => textUpdate(doc, `k${n}`));
      await store.appendUpdates(updates.map((update) => ({ room: 'p1/map', update })));
      const compacting = store.compact('p1/map');
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'during') }]);
      await compacting;
      const after = readDoc(await store.loadDoc('p1/map'));
      expect(Object.keys(after)).toHaveLength(301);
      expect(after.during).toBe('during');
      await store.compact('p1/map');
      expect(await store.logLength('p1/map')).toBe(0);
      expect(readDoc(await store.loadDoc('p1/map'))).toEqual(after);
    });

    it('reads a room whole at every moment while a log of many pages is loaded, compacted and appended to', async () => {
      const doc = new Y.Doc();
      const updates = Array.from({ length: 4500 }, (_, n) => textUpdate(doc, `k${n}`));
      await appendInBatches(store, 'p1/map', updates);
      let appended = updates.length;
      const reads: Promise<void>[] = [];
      const readWhole = async () => {
        const expected = appended;
        const keys = Object.keys(readDoc(await store.loadDoc('p1/map')));
        expect(keys.length).toBeGreaterThanOrEqual(expected);
      };
      let done = false;
      const compacting = Promise.all([store.loadRoom('p1/map'), store.compact('p1/map')]).finally(
        () => (done = true),
      );
      while (!done) {
        reads.push(readWhole());
        await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, `during${appended}`) }]);
        appended += 1;
        await setImmediate();
      }
      await compacting;
      await Promise.all(reads);
      const after = readDoc(await store.loadDoc('p1/map'));
      expect(Object.keys(after)).toHaveLength(appended);
      await store.compact('p1/map');
      expect(await store.logLength('p1/map')).toBe(0);
      expect(readDoc(await store.loadDoc('p1/map'))).toEqual(after);
    });

    it('keeps updates appended after a compaction', async () => {
      const doc = new Y.Doc();
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'a') }]);
      await store.compact('p1/map');
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'b') }]);
      await store.compact('p1/map');
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'c') }]);
      expect(readDoc(await store.loadDoc('p1/map'))).toEqual({ a: 'a', b: 'b', c: 'c' });
    });

    it('survives being closed and opened again', async () => {
      if (!reopen) return;
      const doc = new Y.Doc();
      await store.createProcess({ id: 'p1', title: 'Bauantrag', orgId: null });
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'a') }]);
      await store.close();
      store = await reopen();
      expect((await store.getProcess('p1'))?.title).toBe('Bauantrag');
      expect(readDoc(await store.loadDoc('p1/map'))).toEqual({ a: 'a' });
    });

    it('keeps the latest change of a map written many times in a row, also when the store closes right after', async () => {
      if (!reopen) return;
      const doc = new Y.Doc();
      await store.createProcess({ id: 'p1', title: 'Bauantrag', orgId: null });
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'a') }]);
      const first = (await store.getProcess('p1'))!.updatedAt;
      await new Promise((resolve) => setTimeout(resolve, 5));
      // Written again at once: the store may mark this change later than the first (it coalesces them)…
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'b') }]);
      await store.close();
      // …but never loses it.
      store = await reopen();
      expect((await store.getProcess('p1'))!.updatedAt > first).toBe(true);
    });

    it('moves everything into an empty store with a dump, byte for byte', async () => {
      const doc = new Y.Doc();
      await store.createOrg({ id: 'kehl', name: 'Kehl' });
      await store.createUser({ id: 'u1', email: 'anna@kehl.de', name: 'Anna', passwordHash: 'scrypt$x' });
      await store.setMembership({ userId: 'u1', orgId: 'kehl', role: 'admin' });
      await store.createProcess({ id: 'p1', title: 'Gewerbeanmeldung', orgId: 'kehl', tags: ['Wirtschaft'] });
      await store.createProcess({
        id: 'p2',
        title: 'Variante',
        orgId: 'kehl',
        originProcessId: 'p1',
        originVersion: 1,
      });
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'a') }]);
      await store.compact('p1/map');
      await store.appendUpdates([{ room: 'p1/map', update: textUpdate(doc, 'b') }]);
      await store.createSnapshot({
        processId: 'p1',
        name: 'v1',
        note: '',
        mapState: Y.encodeStateAsUpdate(doc),
        discussionState: new Uint8Array([0, 0]),
        canonicalJson: '{}',
        sha256: 'h',
        frozenById: 'u1',
        frozenAt: '2026-11-25T10:00:00.000Z',
        agreedByIds: [],
        people: [{ personId: 'u1', salt: 's', name: 'Anna', org: 'Kehl', email: '' }],
      });
      await store.publishVersion('p1', 1, 'Antrag prüfen');
      await store.setHourlyRates(
        'kehl',
        { defaultRate: 55.5, roles: [{ role: 'Gewerbeamt', rate: 60 }] },
        'T',
      );
      await store.createAccessToken({
        id: 't1',
        tokenHash: 'th',
        userId: 'u1',
        label: 'cli',
        createdAt: '2026-11-25T10:00:00.000Z',
      });
      const dump = await store.dumpAll();

      const target = await factory();
      try {
        await target.store.restoreAll(dump, NO_SEARCH_TEXTS);
        const again = await target.store.dumpAll();
        expect(again).toEqual(dump);
        expect(readDoc(await target.store.loadDoc('p1/map'))).toEqual({ a: 'a', b: 'b' });
        expect((await target.store.getSnapshot('p1', 1))?.sha256).toBe('h');
        expect(await target.store.getHourlyRates('kehl')).toEqual({
          defaultRate: 55.5,
          roles: [{ role: 'Gewerbeamt', rate: 60 }],
          updatedAt: 'T',
        });
        await expect(target.store.restoreAll(dump, NO_SEARCH_TEXTS)).rejects.toThrow(/not-empty/);
      } finally {
        await target.store.close();
        await target.cleanup();
      }
    });

    coldLoadContract(
      () => store,
      async () => {
        if (!reopen) return undefined;
        await store.close();
        store = await reopen();
        return store;
      },
    );
    peopleAndCredentialsContract(() => store);
    adminContract(() => store);
    privacyContract(() => store);
    hourlyRatesContract(() => store);
    syncTrustContract(
      () => store,
      (sql) => rawSql(sql),
    );
    lineageContract(() => store);
    newProcessContract(
      () => store,
      (sql) => rawSql(sql),
    );
    libraryContract(
      () => store,
      (sql) => rawSql(sql),
    );
    searchContract(() => store);
  });
}
