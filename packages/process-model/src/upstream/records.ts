// Reads a map document as plain element records, generically: every container, kind and field, known or not.
import * as Y from 'yjs';
import { EDGES_KEY, LANES_KEY, META_KEY, NODES_KEY } from '../doc.ts';

/** A field's path inside its element ('label', 'attrs.medium') and its value as JSON. */
export type ElementFields = ReadonlyMap<string, unknown>;

/** container name → element id → fields. Containers are the top-level maps of elements (nodes, edges, lanes…). */
export type MapRecords = ReadonlyMap<string, ReadonlyMap<string, ElementFields>>;

/** The containers every process map has, in the order people read a map: steps, connections, lanes. */
export const KNOWN_CONTAINERS: readonly string[] = [NODES_KEY, EDGES_KEY, LANES_KEY];

/*
 * Why generic: a newer schema (new node kinds, attributes, a container for pools) must be diffed and merged
 * field by field without this code knowing it. Nested Y.Maps (a node's `attrs`) become dotted paths, other
 * shared types (Y.Array, Y.Text) are one value each, compared by their JSON.
 */
export function readMapRecords(doc: Y.Doc): MapRecords {
  const records = new Map<string, Map<string, ElementFields>>();
  for (const name of entryContainers(doc)) {
    const elements = new Map<string, ElementFields>();
    for (const [id, entry] of doc.getMap<unknown>(name).entries()) {
      if (entry instanceof Y.Map) elements.set(id, flatten(entry as Y.Map<unknown>));
    }
    records.set(name, elements);
  }
  return records;
}

/*
 * The known containers plus any other top-level map. A document decoded from an update holds untyped
 * top-level types until someone asks for them; one with map content and no list content is a map.
 */
export function entryContainers(doc: Y.Doc): string[] {
  const others: string[] = [];
  for (const [name, type] of doc.share) {
    if (name === META_KEY || KNOWN_CONTAINERS.includes(name)) continue;
    if (type instanceof Y.Map || isUntypedMap(type)) others.push(name);
  }
  return [...KNOWN_CONTAINERS, ...others.sort()];
}

function isUntypedMap(type: Y.AbstractType<Y.YEvent<Y.AbstractType<unknown>>>): boolean {
  const untyped = Object.getPrototypeOf(type) === Y.AbstractType.prototype;
  return untyped && type._start === null && type._map.size > 0;
}

function flatten(
  entry: Y.Map<unknown>,
  prefix = '',
  into = new Map<string, unknown>(),
): Map<string, unknown> {
  for (const [key, value] of entry.entries()) {
    const path = prefix + key;
    if (value instanceof Y.Map) flatten(value as Y.Map<unknown>, `${path}.`, into);
    else into.set(path, value instanceof Y.AbstractType ? value.toJSON() : value);
  }
  return into;
}

/** Equal as JSON: numbers, strings and booleans by value, arrays and objects by content (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : item,
  );
}

/** The Y value at a dotted path inside an element, or undefined. */
export function valueAtPath(entry: Y.Map<unknown>, path: string): unknown {
  const keys = path.split('.');
  let current: unknown = entry;
  for (const key of keys) {
    if (!(current instanceof Y.Map)) return undefined;
    current = (current as Y.Map<unknown>).get(key);
  }
  return current;
}
