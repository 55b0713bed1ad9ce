// Gives the editor one discussion per open process: the synced document, hooks to read it (threads and votes), and its view state.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Discussion } from '@prozesswerk/process-model';
import { atLeast, type Role } from '@prozesswerk/protocol';
import type { Awareness } from 'y-protocols/awareness';
import { useBoard } from '../board/store/context.tsx';
import { syncServerUrl } from '../sync/session.ts';
import { fetchDiscussionPerson, fetchLastSeen, fetchMembers, recordVisit } from './api.ts';
import { createDiscussionSync, type DiscussionSync } from './discussion-sync.ts';
import { PERSON_FIELD } from './people.ts';
import { createDiscussionUi, type DiscussionUi, type DiscussionUiStore } from './ui-store.ts';

const DiscussionContext = createContext<DiscussionSync | null>(null);
const DiscussionUiContext = createContext<DiscussionUiStore | null>(null);

type Props = { processId: string; name: string; role: Role; children: ReactNode };

/** Needs the board (inside BoardProvider): it tells the others who we are through the map's awareness. */
export function DiscussionProvider({ processId, name, role, children }: Props) {
  const [sync, setSync] = useState<DiscussionSync | null>(null);
  const [ui] = useState(createDiscussionUi);
  const { session } = useBoard();
  useEffect(() => {
    const created = createDiscussionSync(processId, syncServerUrl(window.location));
    setSync(created);
    return () => {
      setSync(null);
      created.destroy();
    };
  }, [processId]);
  useEffect(() => ui.setState({ canWrite: atLeast(role, 'commenter') }), [ui, role]);
  useIdentity(ui, name, session.awareness);
  useMembers(ui, processId, atLeast(role, 'commenter'));
  useVisits(ui, processId);
  return (
    <DiscussionContext.Provider value={sync}>
      <DiscussionUiContext.Provider value={ui}>{children}</DiscussionUiContext.Provider>
    </DiscussionContext.Provider>
  );
}

function useIdentity(ui: DiscussionUiStore, name: string, awareness: Awareness) {
  useEffect(() => {
    let cancelled = false;
    fetchDiscussionPerson(name).then(
      (me) => {
        if (cancelled) return;
        ui.setState({ me });
        awareness.setLocalStateField(PERSON_FIELD, { id: me.id, name: me.name });
      },
      (error: unknown) => console.warn('Could not tell who is signed in; comments stay read-only', error),
    );
    return () => {
      cancelled = true;
    };
  }, [ui, name, awareness]);
}

function useMembers(ui: DiscussionUiStore, processId: string, mayComment: boolean) {
  useEffect(() => {
    if (!mayComment) return;
    let cancelled = false;
    fetchMembers(processId).then(
      (members) => {
        if (!cancelled) ui.setState({ members });
      },
      (error: unknown) => console.warn('Could not load the members; mentions offer who is here', error),
    );
    return () => {
      cancelled = true;
    };
  }, [ui, processId, mayComment]);
}

/*
 * What was new is measured from the previous visit, read once when the editor opens and kept for
 * the whole page, so markers stay while one reads. A visit counts once the panel was opened; it is
 * recorded then, and again on leaving, so what one read here is not new next time.
 */
function useVisits(ui: DiscussionUiStore, processId: string) {
  useEffect(() => {
    let cancelled = false;
    fetchLastSeen(processId).then(
      (since) => {
        if (!cancelled) ui.setState({ since });
      },
      (error: unknown) => {
        console.warn('Could not read the last visit; everything counts as seen', error);
        if (!cancelled) ui.setState({ since: new Date().toISOString() });
      },
    );
    let visited = false;
    const record = (keepalive: boolean) =>
      recordVisit(processId, keepalive).catch((error: unknown) =>
        console.warn('Could not record the visit', error),
      );
    const stop = ui.subscribe((state) => {
      if (!state.open || visited) return;
      visited = true;
      void record(false);
    });
    const onLeave = () => {
      if (visited) void record(true);
    };
    window.addEventListener('pagehide', onLeave);
    return () => {
      cancelled = true;
      stop();
      window.removeEventListener('pagehide', onLeave);
      onLeave();
    };
  }, [ui, processId]);
}

/** The synced discussion document (write to it with the process-model mutations), or null while it starts. */
export function useDiscussionSync(): DiscussionSync | null {
  return useContext(DiscussionContext);
}

const noop = () => () => undefined;
const EMPTY: Discussion = { threads: [], votes: [] };

/** The discussion as plain data; a new object only when the document changed. */
export function useDiscussion(): Discussion {
  const sync = useDiscussionSync();
  return useSyncExternalStore(sync ? sync.subscribe : noop, () => (sync ? sync.state() : EMPTY));
}

export function useDiscussionSynced(): boolean {
  const sync = useDiscussionSync();
  return useSyncExternalStore(sync ? sync.subscribe : noop, () => (sync ? sync.synced() : false));
}

export function useDiscussionUiStore(): DiscussionUiStore {
  const ui = useContext(DiscussionUiContext);
  if (!ui) throw new Error('useDiscussionUi outside <DiscussionProvider>');
  return ui;
}

export function useDiscussionUi<T>(selector: (state: DiscussionUi) => T): T {
  return useStore(useDiscussionUiStore(), selector);
}
