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
  // The role decides, until the server says otherwise (a link revoked or a role lowered during the session).
  useEffect(() => {
    const update = () => ui.setState({ canWrite: atLeast(role, 'commenter') && !sync?.refusal() });
    update();
    return sync?.subscribe(update);
  }, [ui, role, sync]);
  useIdentity(ui, name, session.awareness);
  useMembers(ui, processId, atLeast(role, 'commenter'));
  useVisits(ui, processId);
  return (
    <DiscussionContext.Provider value={sync}>
      <DiscussionUiContext.Provider value={ui}>{children}</DiscussionUiContext.Provider>
    </DiscussionContext.Provider>
  );
}

// Without knowing who we are, nobody can comment or vote: a failed request (server restarting, Wi-Fi gone)
// is tried again, sooner when the browser says the network is back.
const IDENTITY_RETRY_MS = [2000, 5000, 15000, 30000];

function useIdentity(ui: DiscussionUiStore, name: string, awareness: Awareness) {
  useEffect(() => {
    let cancelled = false;
    let attempt = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      clearTimeout(retry);
      fetchDiscussionPerson(name).then(
        (me) => {
          if (cancelled) return;
          window.removeEventListener('online', load);
          ui.setState({ me });
          awareness.setLocalStateField(PERSON_FIELD, { id: me.id, name: me.name });
        },
        (error: unknown) => {
          if (cancelled) return;
          console.warn('Could not tell who is signed in yet; trying again', error);
          const delay = IDENTITY_RETRY_MS[Math.min(attempt++, IDENTITY_RETRY_MS.length - 1)];
          retry = setTimeout(load, delay);
        },
      );
    };
    window.addEventListener('online', load);
    load();
    return () => {
      cancelled = true;
      clearTimeout(retry);
      window.removeEventListener('online', load);
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
    // Only once the previous visit is known: recorded earlier, it would be read back as "now" and hide every marker.
    const stop = ui.subscribe((state) => {
      if (!state.open || visited || state.since === undefined) return;
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

/** Why the server refuses our comments or closed the discussion, if it does. */
export function useDiscussionRefusal(): string | undefined {
  const sync = useDiscussionSync();
  return useSyncExternalStore(sync ? sync.subscribe : noop, () => sync?.refusal());
}

export function useDiscussionUiStore(): DiscussionUiStore {
  const ui = useContext(DiscussionUiContext);
  if (!ui) throw new Error('useDiscussionUi outside <DiscussionProvider>');
  return ui;
}

export function useDiscussionUi<T>(selector: (state: DiscussionUi) => T): T {
  return useStore(useDiscussionUiStore(), selector);
}
