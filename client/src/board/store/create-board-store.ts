// Factory for one board's zustand store, combined from the doc mirror, local view and presence slices.
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readProcessMap } from '@prozesswerk/process-model';
import { emptyDocSlice, mirrorMap, observeDoc, type DocSlice } from './doc-mirror.ts';
import { emptyPresence, readPresence, type PresenceSlice } from './presence.ts';
import { initialView, type Access, type ViewSlice } from './view.ts';

export type BoardState = DocSlice & ViewSlice & PresenceSlice;
export type BoardStore = StoreApi<BoardState>;

export function createBoardStore(
  doc: Y.Doc,
  awareness: Awareness,
  access: Access,
  view?: Partial<ViewSlice>,
): { store: BoardStore; destroy(): void } {
  const store = createStore<BoardState>(() => {
    const slice = mirrorMap(emptyDocSlice, readProcessMap(doc));
    const state = { ...slice, ...initialView(access), ...view, ...emptyPresence };
    return { ...state, ...dropVanished(state, slice) };
  });

  const stopDoc = observeDoc(
    doc,
    () => store.getState(),
    (slice) => {
      store.setState((state) => ({ ...slice, ...dropVanished(state, slice) }));
    },
  );
  // Our own cursor and drag change many times a second; only other people's changes concern this slice.
  const onAwareness = (change?: { added: number[]; updated: number[]; removed: number[] }) => {
    const changed = change ? [...change.added, ...change.updated, ...change.removed] : [];
    if (change && changed.every((id) => id === awareness.clientID)) return;
    store.setState((state) => readPresence(awareness, state));
  };
  awareness.on('change', onAwareness);
  onAwareness();

  return {
    store,
    destroy() {
      stopDoc();
      awareness.off('change', onAwareness);
    },
  };
}

// A remote delete can remove what we have selected or are editing; forget those ids.
function dropVanished(state: BoardState, slice: DocSlice): Partial<ViewSlice> {
  const patch: Partial<ViewSlice> = {};
  const nodes = Object.keys(state.selectedNodes).filter((id) => id in slice.nodes);
  if (nodes.length !== Object.keys(state.selectedNodes).length) patch.selectedNodes = toSet(nodes);
  const edges = Object.keys(state.selectedEdges).filter((id) => id in slice.edges);
  if (edges.length !== Object.keys(state.selectedEdges).length) patch.selectedEdges = toSet(edges);
  if (state.selectedLane && !slice.lanes.some((lane) => lane.id === state.selectedLane))
    patch.selectedLane = null;
  if (state.editing && !(state.editing in slice.nodes) && !(state.editing in slice.edges))
    patch.editing = null;
  if (state.connecting && !(state.connecting in slice.nodes)) patch.connecting = null;
  return patch;
}

export function toSet(ids: Iterable<string>): Record<string, true> {
  const set: Record<string, true> = {};
  for (const id of ids) set[id] = true;
  return set;
}
