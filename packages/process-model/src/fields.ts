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
// `undefined` (or `null`) removes the key.
export function setField(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined || value === null) {
    if (map.has(key)) map.delete(key);
  } else if (map.get(key) !== value) {
    map.set(key, value);
  }
}
