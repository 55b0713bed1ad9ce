// How erasure changes live documents: through the running server's sync path (stored, then relayed to everyone
// connected), or — for the operator CLI, which has no rooms — straight into storage as one more update.
import * as Y from 'yjs';
import { roomName, type Channel } from '@prozesswerk/protocol';
import { readStoredDoc } from '../library/stored-docs.ts';
import type { Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';

export type DocWriter = Pick<LiveDocs, 'change'>;

/**
 * Writes an edit as one update appended to a room's stored log. A server holding the room loaded reads it back on
 * its next maintenance round (see retention.ts); Yjs merges it with whatever clients wrote meanwhile.
 */
export function storedDocWriter(store: Store): DocWriter {
  return {
    async change(processId: string, channel: Channel, edit: (doc: Y.Doc) => void) {
      const doc = await readStoredDoc(store, processId, channel);
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      edit(doc);
      doc.destroy();
      if (updates.length === 0) return;
      await store.appendUpdates([{ room: roomName(processId, channel), update: Y.mergeUpdates(updates) }]);
    },
  };
}
