// Test helper: people, clock readings and peers of a discussion or session doc shared by the tests of both.
import * as Y from 'yjs';
import { REMOTE_ORIGIN } from '../test-network.ts';
import type { Person } from './schema.ts';

export const anna: Person = { id: 'user-anna', name: 'Anna Schmidt', org: 'Stadt Musterstadt' };
export const ben: Person = { id: 'user-ben', name: 'Ben Weber', org: 'Gemeinde Beispielhausen' };
export const carla: Person = { id: 'guest-carla', name: 'Carla' };

// 10 March 2026, 09:00 UTC, and offsets from it, as `now` arguments.
export const T0 = Date.parse('2026-03-10T09:00:00.000Z');
export const minutes = (n: number): number => T0 + n * 60_000;
export const iso = (ms: number): string => new Date(ms).toISOString();

// Copies of `initial` made by `create`, with fixed client ids so conflict resolution is the same on every run.
export function peersOf(initial: Y.Doc, count: number, create: () => Y.Doc, firstClientId = 1): Y.Doc[] {
  const state = Y.encodeStateAsUpdate(initial);
  return Array.from({ length: count }, (_, i) => {
    const doc = create();
    doc.clientID = firstClientId + i;
    Y.applyUpdate(doc, state, REMOTE_ORIGIN);
    return doc;
  });
}

export function recordOrigins(doc: Y.Doc): unknown[] {
  const origins: unknown[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
  return origins;
}
