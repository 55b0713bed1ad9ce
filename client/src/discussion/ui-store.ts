// Local view state of the discussion in one editor: active thread, filter, draft target, read state; and opening its drawer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BoardStore } from '../board/store/create-board-store.ts';
import type { Person, ThreadAnchor, ThreadFilter, ThreadId } from '@prozesswerk/process-model';

export type PanelFilter = ThreadFilter | 'all';

/** The comments drawer's id: while it is open, the board store's `drawer` says so. */
export const DISCUSSION_DRAWER = 'discussion';

export type DiscussionUi = {
  activeThreadId: ThreadId | null;
  filter: PanelFilter;
  /** Where a new thread is being written, or null when no new thread is being written. */
  draft: ThreadAnchor | null;
  /** Members of the process's municipality, who can be @mentioned even when not here. */
  members: readonly Person[];
  /** The previous visit (null: never); undefined until known, and then nothing counts as new yet. */
  since: string | null | undefined;
  /** Threads opened during this visit, with when: they count as read up to then. */
  opened: Readonly<Record<string, string>>;
};

export type DiscussionUiStore = StoreApi<DiscussionUi>;

export function createDiscussionUi(): DiscussionUiStore {
  return createStore<DiscussionUi>(() => ({
    activeThreadId: null,
    filter: 'open',
    draft: null,
    members: [],
    since: undefined,
    opened: {},
  }));
}

/** Opens the drawer on a thread and counts it as read from now on. */
export function openThread(store: DiscussionUiStore, board: BoardStore, threadId: ThreadId): void {
  board.setState({ drawer: DISCUSSION_DRAWER });
  store.setState((state) => ({
    draft: null,
    activeThreadId: threadId,
    opened: { ...state.opened, [threadId]: new Date().toISOString() },
  }));
}

export function startDraft(store: DiscussionUiStore, board: BoardStore, anchor: ThreadAnchor): void {
  board.setState({ drawer: DISCUSSION_DRAWER });
  store.setState({ draft: anchor, activeThreadId: null });
}
