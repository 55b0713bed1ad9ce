// One open board: the synced document, its store, presence, undo and actions, made together and destroyed together.
import type * as Y from 'yjs';
import type { SyncSession } from '../sync/session.ts';
import { createBoardActions, type BoardActions } from './actions.ts';
import { createBoardStore, type BoardStore } from './store/create-board-store.ts';
import { createPresenceWriter, type PresenceUser, type PresenceWriter } from './store/presence.ts';
import type { Access } from './store/view.ts';
import { createUndoManager } from './undo.ts';

export type Board = {
  session: SyncSession;
  store: BoardStore;
  presence: PresenceWriter;
  undo: Y.UndoManager;
  actions: BoardActions;
  destroy(): void;
};

export function createBoard(session: SyncSession, user: PresenceUser, access: Access): Board {
  const { store, destroy: destroyStore } = createBoardStore(session.doc, session.awareness, access);
  const presence = createPresenceWriter(session.awareness, user);
  const undo = createUndoManager(session.doc);
  const actions = createBoardActions(session.doc, store);
  // Others see what we select; publishing from one subscription covers clicks, keyboard and actions alike.
  const stopSelection = store.subscribe((state, previous) => {
    if (state.selectedNodes !== previous.selectedNodes || state.selectedEdges !== previous.selectedEdges) {
      presence.setSelection([...Object.keys(state.selectedNodes), ...Object.keys(state.selectedEdges)]);
    }
  });
  return {
    session,
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
