// Test helper: in-memory peers whose updates are captured and delivered between Y.Docs by hand.
import * as Y from 'yjs';
import { createProcessDoc } from './doc.ts';

export const REMOTE_ORIGIN = Symbol('test-network.remote');

// Exchanges everything both ways, as two peers do when they reconnect.
export function syncDocs(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE_ORIGIN);
    }
  }
}

// Peers that start from a copy of `initial`, with fixed client ids so conflict resolution is reproducible.
export function createPeers(initial: Y.Doc, count: number, firstClientId = 1): Y.Doc[] {
  const state = Y.encodeStateAsUpdate(initial);
  return Array.from({ length: count }, (_, i) => {
    const doc = createProcessDoc();
    doc.clientID = firstClientId + i;
    Y.applyUpdate(doc, state, REMOTE_ORIGIN);
    return doc;
  });
}

// Calls `send` with every update a doc makes itself, i.e. not those applied from the network.
export function onLocalUpdate(doc: Y.Doc, send: (update: Uint8Array) => void): void {
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE_ORIGIN) send(update);
  });
}
