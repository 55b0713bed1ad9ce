// Test support: a room with a long stored history, and holding its slicing so a test can act while it builds.
import { onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { addNode, getNodes, moveNode, type NodeId } from '@prozesswerk/process-model';
import type { Store } from '../../server/src/store/store.ts';

/** A map of `nodes` steps, then `moves` single moves, as the updates a client would have sent. */
export function editLog(
  nodes: number,
  moves: number,
): { updates: Uint8Array[]; ids: NodeId[]; expected: Y.Doc } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const ids: NodeId[] = [];
  doc.transact(() => {
    for (let i = 0; i < nodes; i++)
      ids.push(addNode(doc, { kind: 'activity', label: `Schritt ${i}`, x: i, y: 0 }));
  });
  for (let n = 0; n < moves; n++) moveNode(doc, ids[n % nodes]!, n % 500, n % 300);
  return { updates, ids, expected: doc };
}

export const xOf = (doc: Y.Doc, id: NodeId): unknown =>
  (getNodes(doc).get(id) as Y.Map<unknown> | undefined)?.get('x');

/**
 * Holds the slicing of this room's stored state (done in the merge worker) until `release`: the room's document
 * stays unbuilt meanwhile. `restore` puts the store's own loadRoom back. Both happen at the latest when the test ends,
 * also when it fails while holding: else the server's close would wait for the room forever.
 */
export function holdSlicing(store: Store, room: string): { release: () => void; restore: () => void } {
  const loadRoom = store.loadRoom.bind(store);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  store.loadRoom = async (name) => {
    const parts = await loadRoom(name);
    const split = parts.split;
    if (name !== room || !split) return parts;
    return {
      ...parts,
      split: async (state, maxStructs) => {
        const slices = await split(state, maxStructs);
        await released;
        return slices;
      },
    };
  };
  const restore = () => (store.loadRoom = loadRoom);
  onTestFinished(() => {
    release();
    restore();
  });
  return { release, restore };
}
