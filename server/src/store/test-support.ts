// Test support for the store's tests: the update one change makes, and long logs stored a batch at a time.
import * as Y from 'yjs';
import type { Store } from './store.ts';

/** The update that `change` makes to `doc`, as one transaction. */
export function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  let captured: Uint8Array | undefined;
  const capture = (update: Uint8Array) => (captured = update);
  doc.on('update', capture);
  try {
    doc.transact(() => change(doc));
  } finally {
    doc.off('update', capture);
  }
  if (!captured) throw new Error('the change made no update');
  return captured;
}

/** The update that appends `value` to the document's list. */
export const pushUpdate = (doc: Y.Doc, value: string): Uint8Array =>
  updateOf(doc, () => doc.getArray<string>('list').push([value]));

/** The document's list after applying `parts` (Yjs skips what it already holds: duplicates do not show). */
export function listOf(parts: readonly Uint8Array[]): string[] {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc.getArray<string>('list').toArray();
}

/** Appends `updates` to `room` a thousand per transaction, as clients would over a while. */
export async function appendInBatches(
  store: Store,
  room: string,
  updates: readonly Uint8Array[],
): Promise<void> {
  for (let n = 0; n < updates.length; n += 1000)
    await store.appendUpdates(updates.slice(n, n + 1000).map((update) => ({ room, update })));
}

/** A log of several pages (SQLite reads and deletes 2,000 entries per event-loop turn). */
export const LONG_LOG = 9000;

/** Stores a log of LONG_LOG edits in `room`, each pushing one value to the list; returns the values in order. */
export async function storeLongLog(store: Store, room: string): Promise<string[]> {
  const writer = new Y.Doc();
  const values = Array.from({ length: LONG_LOG }, (_, n) => `k${n}`);
  await appendInBatches(
    store,
    room,
    values.map((value) => pushUpdate(writer, value)),
  );
  return values;
}
