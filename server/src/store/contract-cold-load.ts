// Store contract, loading a room with a long log: edits made while what loading merged is still being cleared.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store, StoredDoc } from './store.ts';

/** A log of several pages (SQLite reads and deletes 2,000 entries per event-loop turn). */
const LONG_LOG = 9000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The update that appends `value` to the document's list. */
function pushUpdate(doc: Y.Doc, value: string): Uint8Array {
  let captured: Uint8Array | undefined;
  const capture = (update: Uint8Array) => (captured = update);
  doc.on('update', capture);
  doc.getArray<string>('list').push([value]);
  doc.off('update', capture);
  if (!captured) throw new Error('no update produced');
  return captured;
}

function listOf(parts: readonly Uint8Array[]): string[] {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc.getArray<string>('list').toArray();
}

const partsOf = (stored: StoredDoc) => (stored.state ? [stored.state, ...stored.updates] : stored.updates);

/**
 * `restart` closes the store and opens it again on the same data (undefined where the backend cannot); the suite
 * then uses the store it returns.
 */
export function coldLoadContract(getStore: () => Store, restart: () => Promise<Store | undefined>): void {
  it("keeps a client's edits made while a loaded long log is cleared, each once, also after a restart", async () => {
    let store = getStore();
    const room = 'p1/map';
    const writer = new Y.Doc();
    const expected = Array.from({ length: LONG_LOG }, (_, n) => `k${n}`);
    const updates = expected.map((value) => pushUpdate(writer, value));
    for (let n = 0; n < updates.length; n += 1000)
      await store.appendUpdates(updates.slice(n, n + 1000).map((update) => ({ room, update })));

    const loaded = await store.loadRoom(room);
    // The client starts from the room as loaded.
    const client = new Y.Doc();
    for (const part of loaded.parts) Y.applyUpdate(client, part);
    expect(client.getArray('list').length).toBe(LONG_LOG);
    // The premise: the room is there before what loading merged is all deleted.
    expect(await store.logLength(room)).toBeGreaterThan(0);

    const reads: Promise<void>[] = [];
    for (let n = 0; n < 3; n++) {
      // A read at any moment finds the whole room, each entry once.
      const before = [...expected];
      reads.push(
        store.loadDoc(room).then((stored) => {
          const list = listOf(partsOf(stored));
          expect(list.slice(0, before.length)).toEqual(before);
          expect(new Set(list).size).toBe(list.length);
        }),
      );
      expected.push(`during${n}`);
      await store.appendUpdates([{ room, update: pushUpdate(client, `during${n}`) }]);
      await nextTurn();
    }
    await Promise.all(reads);

    store = (await restart()) ?? store;
    expect(listOf(partsOf(await store.loadDoc(room)))).toEqual(expected);
    // Loading again and compacting at once (as a room that unloads right away): still everything, once.
    const reloaded = await store.loadRoom(room);
    await store.compact(room);
    expect(listOf(reloaded.parts)).toEqual(expected);
    expect(await store.logLength(room)).toBe(0);
    expect(listOf(partsOf(await store.loadDoc(room)))).toEqual(expected);
  });
}
