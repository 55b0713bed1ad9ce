// Local view state of the discussion in one editor: panel open, active thread, filter, draft target, read state.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Person, ThreadAnchor, ThreadFilter, ThreadId } from '@prozesswerk/process-model';

export type PanelFilter = ThreadFilter | 'all';

export type DiscussionUi = {
  open: boolean;
  activeThreadId: ThreadId | null;
  filter: PanelFilter;
  /** Where a new thread is being written, or null when no new thread is being written. */
  draft: ThreadAnchor | null;
  /** The role may write the discussion (commenter and up); the server enforces it, this only hides inputs. */
  canWrite: boolean;
  /** This user's discussion identity; null until the server said who we are. */
  me: Person | null;
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
    open: false,
    activeThreadId: null,
    filter: 'open',
    draft: null,
    canWrite: false,
    me: null,
    members: [],
    since: undefined,
    opened: {},
  }));
}

/** Opens the panel on a thread and counts it as read from now on. */
export function openThread(store: DiscussionUiStore, threadId: ThreadId): void {
  store.setState((state) => ({
    open: true,
    draft: null,
    activeThreadId: threadId,
    opened: { ...state.opened, [threadId]: new Date().toISOString() },
  }));
}

export function startDraft(store: DiscussionUiStore, anchor: ThreadAnchor): void {
  store.setState({ open: true, draft: anchor, activeThreadId: null });
}
