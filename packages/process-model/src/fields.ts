// Small helpers shared by the mutations: find an entry or throw, and write a field only when it changes.
import type * as Y from 'yjs';
import { getEntry } from './doc.ts';
import { ProcessModelError } from './errors.ts';

export function requireEntry(
  container: Y.Map<unknown>,
  id: string,
  code: 'unknown-node' | 'unknown-edge' | 'unknown-lane' | 'unknown-pool',
): Y.Map<unknown> {
  const entry = getEntry(container, id);
  if (entry === undefined)
    throw new ProcessModelError(code, `${code.slice('unknown-'.length)} ${id} does not exist`);
  return entry;
}

// Skipping equal writes keeps history small and avoids needless conflicts with concurrent edits;
// `undefined` (or `null`) removes the key. Plain arrays (an edge's waypoints) are compared by content.
export function setField(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined || value === null) {
    if (map.has(key)) map.delete(key);
  } else if (!sameValue(map.get(key), value)) {
    map.set(key, value);
  }
}

function sameValue(stored: unknown, value: unknown): boolean {
  if (stored === value) return true;
  return Array.isArray(stored) && Array.isArray(value) && JSON.stringify(stored) === JSON.stringify(value);
}
