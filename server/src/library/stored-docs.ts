// Reading a document straight from storage (no room is loaded), for summaries over many processes at once.
import * as Y from 'yjs';
import { roomName, type Channel } from '@prozesswerk/protocol';
import { mergeStoredUpdates, storedParts } from '../store/merge.ts';
import type { Store } from '../store/store.ts';

export async function readStoredDoc(store: Store, processId: string, channel: Channel): Promise<Y.Doc> {
  const stored = await store.loadDoc(roomName(processId, channel));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, mergeStoredUpdates(storedParts(stored)).merged);
  return doc;
}
