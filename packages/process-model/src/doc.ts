// Creates the shared Y.Doc of a process map and gives typed access to its top-level parts.
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from './origin.ts';
import { SCHEMA_VERSION } from './schema.ts';

export const META_KEY = 'meta';
export const NODES_KEY = 'nodes';
export const EDGES_KEY = 'edges';
export const LANES_KEY = 'lanes';
export const POOLS_KEY = 'pools';

/*
 * Why `createProcessDoc` writes nothing: top-level types (`doc.getMap(name)`) are identified by
 * name, so every client gets the same five maps without any write. A value written eagerly by
 * each client would be a concurrent write: an offline client that writes `schemaVersion: 1`
 * while the server migrates to 2 may win the last-writer-wins race and undo the migration, and
 * two clients each creating a nested Y.Map under the same key would lose one map's content.
 * So `meta.schemaVersion` is written once by `initProcessDoc` (the server, when a process is
 * created) or by a migration, and readers treat a missing version as 1.
 */
export function createProcessDoc(): Y.Doc {
  const doc = new Y.Doc();
  getMeta(doc);
  getNodes(doc);
  getEdges(doc);
  getLanes(doc);
  getPools(doc);
  return doc;
}

// Called once by the server when a process is created; a no-op when the version is already set.
export function initProcessDoc(doc: Y.Doc, origin: unknown = LOCAL_ORIGIN): void {
  const meta = getMeta(doc);
  if (meta.has('schemaVersion')) return;
  doc.transact(() => meta.set('schemaVersion', SCHEMA_VERSION), origin);
}

// Values are `unknown`: a concurrent or foreign edit can leave anything there, so readers check.
export const getMeta = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(META_KEY);
export const getNodes = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(NODES_KEY);
export const getEdges = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(EDGES_KEY);
export const getLanes = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(LANES_KEY);
export const getPools = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(POOLS_KEY);

// Missing, or anything but a positive integer, counts as version 1 (see the note above).
export function getSchemaVersion(doc: Y.Doc): number {
  const version = getMeta(doc).get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

// The entry's Y.Map, or undefined when the id is absent or holds something else.
export function getEntry(container: Y.Map<unknown>, id: string): Y.Map<unknown> | undefined {
  const entry = container.get(id);
  return entry instanceof Y.Map ? (entry as Y.Map<unknown>) : undefined;
}
