// Canonical plain projections of Yjs documents: what a frozen snapshot shows, hashes and diffs.
import * as Y from 'yjs';
import { canonicalJsonWith } from './canonical.ts';
import { getSchemaVersion } from './doc.ts';
import { readProcessMap } from './read.ts';
import type { ProcessMap } from './schema.ts';

export interface ProcessSnapshotProjection {
  schemaVersion: number;
  map: ProcessMap;
  discussion: Record<string, unknown>;
}

/*
 * The content of a snapshot; `canonicalJson` of it is what gets hashed. Its schema version is the one
 * the map document was written with, not the one this code knows: a version frozen under schema v1
 * must project to the very JSON it was frozen as, or verifying it would call it tampered. A v1
 * document reads with no field v2 added (`readProcessMap` leaves absent parts out), so only the
 * version number needs care.
 */
export function projectProcessSnapshot(docs: { map: Y.Doc; discussion: Y.Doc }): ProcessSnapshotProjection {
  const schemaVersion = getSchemaVersion(docs.map);
  return {
    schemaVersion,
    map: { ...readProcessMap(docs.map), schemaVersion },
    discussion: projectDocument(docs.discussion),
  };
}

/*
 * A projection of any Yjs document, for docs without a fixed schema: each top-level type in
 * `doc.share` as a Y.Map → object, Y.Array → array, Y.Text → string, Y.XmlFragment → XML string.
 * Keys are sorted at every depth and the result is JSON-exact (JSON.parse of its canonicalJson
 * deep-equals it), so equal document states give equal projections however they were built.
 *
 * Why the kind is read from the content and not from the local constructor: a top-level type
 * that arrived through `Y.applyUpdate` and was never accessed by name (as on a server that only
 * stores and relays) sits in `doc.share` as a bare `Y.AbstractType`, whose `toJSON()` returns
 * undefined. So a type with list content is read as text when it holds characters or embeds, as
 * an XML fragment when every child is an XML node, else as an array; a type with only keys is
 * read as a map. If one name was used as a map by one client and as a list by another, the list
 * wins. A top-level Y.Array holding only XML nodes therefore reads as an XML string.
 * Types without visible content are left out: whether an empty type is in `doc.share` depends on
 * what this process happened to access, not on the document's state.
 * Values JSON has no form for: a Uint8Array becomes an array of bytes, a bigint its decimal
 * string, a subdocument `{ subdocGuid }`; text formatting and embeds are not part of a string.
 */
export function projectDocument(doc: Y.Doc): Record<string, unknown> {
  const roots: [string, unknown][] = [];
  for (const [name, type] of doc.share) {
    const value = projectRootType(type);
    if (value !== undefined) roots.push([name, value]);
  }
  // fromEntries, not assignment, so a type named "__proto__" stays an ordinary key.
  const json = canonicalJsonWith(Object.fromEntries(roots), toJsonSafe);
  return JSON.parse(json) as Record<string, unknown>;
}

// Spelled through Y.Doc so the event type parameter matches what `doc.share` holds.
type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

function projectRootType(type: SharedType): unknown {
  const items: Y.Item[] = [];
  for (let item = type._start; item !== null; item = item.right) {
    if (!item.deleted && item.countable) items.push(item);
  }
  if (items.length > 0) return projectList(items);
  const entries: [string, unknown][] = [];
  for (const [key, item] of type._map) {
    if (!item.deleted) entries.push([key, lastValue(item)]);
  }
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function projectList(items: readonly Y.Item[]): unknown {
  const isText = items.some(
    (item) => item.content instanceof Y.ContentString || item.content instanceof Y.ContentEmbed,
  );
  if (isText) {
    return items.map((item) => (item.content instanceof Y.ContentString ? item.content.str : '')).join('');
  }
  const values = items.flatMap((item): unknown[] => item.content.getContent());
  if (values.every(isXmlNode)) return values.map((node) => String(node)).join('');
  return values;
}

// A map entry keeps its history as a chain of items; the visible value is the last one written.
function lastValue(item: Y.Item): unknown {
  const content: unknown[] = item.content.getContent();
  return content[content.length - 1];
}

function isXmlNode(value: unknown): boolean {
  return value instanceof Y.XmlElement || value instanceof Y.XmlText || value instanceof Y.XmlHook;
}

function toJsonSafe(value: unknown): unknown {
  if (value instanceof Y.Doc) return { subdocGuid: value.guid };
  if (value instanceof Uint8Array) return Array.from(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}
