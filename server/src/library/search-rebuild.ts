// Builds the search index from stored data: after an upgrade changed what the index holds, and for an imported library.
import * as Y from 'yjs';
import { readProcessMap } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { badRequest } from '../errors.ts';
import { mergeStoredUpdates, storedParts } from '../store/merge.ts';
import type { SearchTexts, Store, StoreDump } from '../store/store.ts';
import { mapSearchText } from './map-search-text.ts';

/** Raised when the index format changes; a server finding an older one rebuilds it before it answers anyone. */
export const SEARCH_INDEX_VERSION = '2';
const VERSION_SETTING = 'search_index_version';

/** The words of a map stored as one Yjs update (a document state or a version's map). */
export function searchTextOfState(state: Uint8Array): string {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return mapSearchText(readProcessMap(doc));
  } finally {
    doc.destroy();
  }
}

/** The words of a process's published version, or undefined while nothing is published. */
export async function publishedSearchText(store: Store, processId: string): Promise<string | undefined> {
  const publication = await store.getPublication(processId);
  const snapshot = publication && (await store.getSnapshot(processId, publication.version));
  return snapshot ? searchTextOfState(snapshot.mapState) : undefined;
}

/**
 * Rebuilds every entry when the index is older than this server's format. Safe to run on several instances at once
 * (each entry is rewritten from the same stored data); returns how many processes were indexed.
 */
export async function ensureSearchIndex(store: Store, log: (message: string) => void): Promise<number> {
  if ((await store.getSetting(VERSION_SETTING)) === SEARCH_INDEX_VERSION) return 0;
  const ids = await store.listProcessIds();
  if (ids.length > 0) log(`Suchindex wird neu aufgebaut (${ids.length} Prozesse) …`);
  for (const id of ids) {
    const parts = storedParts(await store.loadDoc(roomName(id, 'map')));
    await store.setSearchText(
      id,
      parts.length > 0 ? searchTextOfState(mergeStoredUpdates(parts).merged) : '',
    );
    const published = await publishedSearchText(store, id);
    if (published !== undefined) await store.setPublishedSearchText(id, published);
  }
  await store.setSetting(VERSION_SETTING, SEARCH_INDEX_VERSION);
  return ids.length;
}

/**
 * The words of every map in a dump, read before anything is written: a document that cannot be read fails the
 * import while the database is still empty.
 */
export function searchTextsOfDump(dump: StoreDump): SearchTexts {
  const states = new Map(dump.docs.map((d) => [d.room, d.state]));
  const versions = new Map(dump.snapshots.map((s) => [`${s.processId}\u0000${s.version}`, s.mapState]));
  const live = new Map<string, string>();
  const published = new Map<string, string>();
  const read = (state: Uint8Array, what: string) => {
    try {
      return searchTextOfState(state);
    } catch {
      throw badRequest('invalid-export-file', `The export holds ${what} that cannot be read.`);
    }
  };
  for (const process of dump.processes) {
    const state = states.get(roomName(process.id, 'map'));
    live.set(process.id, state ? read(state, `a damaged map of process ${process.id}`) : '');
    const key = `${process.id}\u0000${process.publishedVersion ?? ''}`;
    const version = versions.get(key);
    if (version) published.set(process.id, read(version, `a damaged version of process ${process.id}`));
  }
  return { live, published };
}

/** After a restore the index is current: the server need not rebuild it on its next start. */
export async function markSearchIndexCurrent(store: Store): Promise<void> {
  await store.setSetting(VERSION_SETTING, SEARCH_INDEX_VERSION);
}
