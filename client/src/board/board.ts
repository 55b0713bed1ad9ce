// One open board: a map document with its store, presence, undo and actions, made together and destroyed together.
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createBoardActions, type BoardActions } from './actions.ts';
import { createBoardStore, type BoardStore } from './store/create-board-store.ts';
import { createPresenceWriter, type PresenceUser, type PresenceWriter } from './store/presence.ts';
import type { Access, ViewSlice } from './store/view.ts';
import { createUndoManager } from './undo.ts';

export type Board = {
  /** The map document this board shows and edits; a new document means a new board. */
  doc: Y.Doc;
  /** Presence on the map room: cursors, selections, drags, and whatever features add (follow mode, roles). */
  awareness: Awareness;
  /** Who this browser shows others: name, colour, municipality. */
  user: PresenceUser;
  store: BoardStore;
  presence: PresenceWriter;
  undo: Y.UndoManager;
  actions: BoardActions;
  destroy(): void;
};

/** What a board carries over to the one that replaces it (the map was rebuilt from the server's state). */
export type CarriedView = Pick<
  ViewSlice,
  'selectedNodes' | 'selectedEdges' | 'selectedLane' | 'editing' | 'drawer'
>;

export function carriedView(board: Board): CarriedView {
  const { selectedNodes, selectedEdges, selectedLane, editing, drawer } = board.store.getState();
  return { selectedNodes, selectedEdges, selectedLane, editing, drawer };
}

export function createBoard(
  doc: Y.Doc,
  awareness: Awareness,
  user: PresenceUser,
  access: Access,
  view?: CarriedView,
): Board {
  const { store, destroy: destroyStore } = createBoardStore(doc, awareness, access, view);
  const presence = createPresenceWriter(awareness, user);
  const undo = createUndoManager(doc);
  const actions = createBoardActions(doc, store);
  // Others see what we select; publishing from one subscription covers clicks, keyboard and actions alike.
  const stopSelection = store.subscribe((state, previous) => {
    if (state.selectedNodes !== previous.selectedNodes || state.selectedEdges !== previous.selectedEdges) {
      presence.setSelection([...Object.keys(state.selectedNodes), ...Object.keys(state.selectedEdges)]);
    }
  });
  return {
    doc,
    awareness,
    user,
    store,
    presence,
    undo,
    actions,
    destroy() {
      stopSelection();
      undo.destroy();
      presence.destroy();
      destroyStore();
    },
  };
}
