// Freezes a demo process as an agreed version and shares it in the library, as the versions routes do.
import * as Y from 'yjs';
import { roomName } from '@prozesswerk/protocol';
import { mapSearchText } from '../library/map-search-text.ts';
import { readStoredDoc } from '../library/stored-docs.ts';
import { freezeVersion, loadVerifiedVersion, type FreezeInput } from '../library/versions.ts';
import type { SnapshotMeta, Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';

/*
 * The demo is seeded before the sync server exists, so no room holds a live document yet: what is
 * stored is all there is, and an edit is simply appended to the room's log.
 */
export function storedDocs(store: Store): LiveDocs {
  return {
    read: (processId, channel) => readStoredDoc(store, processId, channel),
    async inspect(processId, channel, look) {
      const doc = await readStoredDoc(store, processId, channel);
      try {
        return look(doc);
      } finally {
        doc.destroy();
      }
    },
    async change(processId, channel, edit) {
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

/** Freezes the stored map and discussion as the next version, publishes it and indexes its words for search. */
export async function freezeAndPublish(
  store: Store,
  processId: string,
  input: FreezeInput,
  frozenBy: { id: string; name: string },
): Promise<SnapshotMeta> {
  const docs = storedDocs(store);
  const meta = await freezeVersion(store, docs, processId, input, frozenBy);
  // Publishing only a version that passes its integrity check, like POST …/versions/:version/publish.
  const loaded = await loadVerifiedVersion(store, processId, meta.version);
  loaded.mapDoc.destroy();
  // The demo towns compare their costs, so they publish their hourly rates; discussion and names stay at home.
  const consent = { discussion: false, names: 'municipality', hourlyRates: true } as const;
  await store.publishVersion(processId, loaded.record.version, mapSearchText(loaded.map), consent);
  return meta;
}
