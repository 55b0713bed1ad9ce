// Store contract, loading a room with a long log: reads and edits right after, while a backend may still be
// clearing what loading merged.
import { setImmediate } from 'node:timers/promises';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { storedParts } from './merge.ts';
import type { Store } from './store.ts';
import { listOf, pushUpdate, storeLongLog } from './test-support.ts';

/**
 * `reopen` closes the store and opens it again on the same data (undefined where the backend cannot); the suite
 * then uses the store it returns. What a crash while SQLite clears a merged log leaves is tested in
 * sqlite/merged-log-crash.test.ts.
 */
export function coldLoadContract(getStore: () => Store, reopen: () => Promise<Store | undefined>): void {
  it('finds every edit in order right after loading a long log, edits made meanwhile too, also once reopened', async () => {
    let store = getStore();
    const room = 'p1/map';
    const expected = await storeLongLog(store, room);

    const loaded = await store.loadRoom(room);
    // The client starts from the room as loaded.
    const client = new Y.Doc();
    for (const part of loaded.parts) Y.applyUpdate(client, part);
    expect(client.getArray('list').toArray()).toEqual(expected);

    const reads: Promise<void>[] = [];
    for (let n = 0; n < 3; n++) {
      // A read at any moment finds every edit made before it, in order.
      const before = [...expected];
      reads.push(
        store.loadDoc(room).then((stored) => {
          expect(listOf(storedParts(stored)).slice(0, before.length)).toEqual(before);
        }),
      );
      expected.push(`during${n}`);
      await store.appendUpdates([{ room, update: pushUpdate(client, `during${n}`) }]);
      await setImmediate();
    }
    await Promise.all(reads);

    store = (await reopen()) ?? store;
    expect(listOf(storedParts(await store.loadDoc(room)))).toEqual(expected);
    // Loading again and compacting at once (as a room that unloads right away): still every edit, and no log left.
    const reloaded = await store.loadRoom(room);
    await store.compact(room);
    expect(listOf(reloaded.parts)).toEqual(expected);
    expect(await store.logLength(room)).toBe(0);
    expect(listOf(storedParts(await store.loadDoc(room)))).toEqual(expected);
  });
}
