// Replaces a doc's nodes, edges, lanes and pools with a plain ProcessMap in one transaction (restore, import).
import * as Y from 'yjs';
import { getEdges, getLanes, getNodes, getPools } from './doc.ts';
import { setField } from './fields.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import type { ProcessEdge, ProcessMap, ProcessNode } from './schema.ts';
import { parseOrThrow, processMapSchema } from './validate.ts';

/*
 * Existing entries are updated in place and only changed fields are written, so a restore that
 * changes little conflicts little with concurrent edits and keeps each node's Y.Map identity.
 * Afterwards the doc holds exactly the map: entries and fields it does not name are removed.
 * `meta` is left alone; versioning belongs to `initProcessDoc` and the migrations.
 */
export function applyProcessMap(doc: Y.Doc, map: ProcessMap, origin: unknown = LOCAL_ORIGIN): void {
  applyValidatedProcessMap(doc, parseOrThrow(processMapSchema, map, 'invalid-map', 'process map'), origin);
}

/**
 * The same for a map its maker has just validated with `validateProcessMap` (the BPMN import): checking it
 * again would cost a tenth of an import's time.
 */
export function applyValidatedProcessMap(
  doc: Y.Doc,
  parsed: ProcessMap,
  origin: unknown = LOCAL_ORIGIN,
): void {
  doc.transact(() => {
    syncEntries(getPools(doc), parsed.pools ?? [], (entry, { id: _id, ...fields }) =>
      writeFields(entry, fields),
    );
    syncEntries(getLanes(doc), parsed.lanes, (entry, { id: _id, ...fields }) => writeFields(entry, fields));
    syncEntries(getNodes(doc), parsed.nodes, writeNode);
    syncEntries(getEdges(doc), parsed.edges, writeEdge);
  }, origin);
}

function syncEntries<T extends { id: string }>(
  container: Y.Map<unknown>,
  items: readonly T[],
  write: (entry: Y.Map<unknown>, item: T) => void,
): void {
  const wanted = new Set(items.map((item) => item.id));
  for (const id of [...container.keys()]) {
    if (!wanted.has(id)) container.delete(id);
  }
  for (const item of items) {
    let entry = container.get(item.id);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      container.set(item.id, entry);
    }
    write(entry as Y.Map<unknown>, item);
  }
}

function writeNode(entry: Y.Map<unknown>, node: ProcessNode): void {
  const { id: _id, kind, rawKind, attrs, ...fields } = node;
  // An unknown kind goes back as the string it was read from, so a round trip keeps it.
  writeFields(entry, { ...fields, kind: kind === 'unknown' ? (rawKind ?? kind) : kind }, ['attrs']);
  let attrMap = entry.get('attrs');
  if (!(attrMap instanceof Y.Map)) {
    attrMap = new Y.Map<unknown>();
    entry.set('attrs', attrMap);
  }
  writeFields(attrMap as Y.Map<unknown>, { ...attrs });
}

function writeEdge(entry: Y.Map<unknown>, edge: ProcessEdge): void {
  const { id: _id, ...fields } = edge;
  writeFields(entry, { ...fields });
}

// Sets every given field (undefined removes it) and removes keys not given, except `keep`.
function writeFields(
  entry: Y.Map<unknown>,
  fields: Record<string, unknown>,
  keep: readonly string[] = [],
): void {
  for (const key of [...entry.keys()]) {
    if (!(key in fields) && !keep.includes(key)) entry.delete(key);
  }
  for (const [key, value] of Object.entries(fields)) setField(entry, key, value);
}
