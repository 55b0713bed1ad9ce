// Gives the editor the discussion's view state, and hooks to read the discussion document (threads and votes).
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Discussion, Person } from '@prozesswerk/process-model';
import { atLeast } from '@prozesswerk/protocol';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardStore } from '../board/store/create-board-store.ts';
import { useBoard } from '../board/store/context.tsx';
import {
  useAwareness,
  useDocState,
  useMayWrite,
  useProcess,
  useSessionStatus,
} from '../sync/process-context.tsx';
import { fetchLastSeen, fetchMembers, recordVisit } from './api.ts';
import { PERSON_FIELD } from './people.ts';
import {
  createDiscussionUi,
  DISCUSSION_DRAWER,
  type DiscussionUi,
  type DiscussionUiStore,
} from './ui-store.ts';

const DiscussionUiContext = createContext<DiscussionUiStore | null>(null);

export function DiscussionProvider({ children }: { children: ReactNode }) {
  const [ui] = useState(createDiscussionUi);
  const { processId, role, person } = useProcess();
  usePublishPerson(useAwareness(), person);
  useMembers(ui, processId, atLeast(role, 'commenter'));
  useVisits(ui, useBoard().store, processId);
  return <DiscussionUiContext.Provider value={ui}>{children}</DiscussionUiContext.Provider>;
}

// Others offer us for @mentions by the id authorship knows, once the server has said who we are.
function usePublishPerson(awareness: Awareness, person: Person | null) {
  useEffect(() => {
    if (person) awareness.setLocalStateField(PERSON_FIELD, { id: person.id, name: person.name });
  }, [awareness, person]);
}

// Without the members, mentions offer who is here.
function useMembers(ui: DiscussionUiStore, processId: string, mayComment: boolean) {
  const members = useQuery({
    queryKey: ['process', processId, 'mentionable'],
    queryFn: () => fetchMembers(processId),
    enabled: mayComment,
  }).data;
  useEffect(() => {
    if (members) ui.setState({ members });
  }, [ui, members]);
}

/*
 * What was new is measured from the previous visit, read once when the editor opens and kept for
 * the whole page, so markers stay while one reads. A visit counts once the panel was opened; it is
 * recorded then, and again on leaving, so what one read here is not new next time.
 */
function useVisits(ui: DiscussionUiStore, board: BoardStore, processId: string) {
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
    const check = () => {
      const open = board.getState().drawer === DISCUSSION_DRAWER;
      if (!open || visited || ui.getState().since === undefined) return;
      visited = true;
      void record(false);
    };
    const stopUi = ui.subscribe(check);
    const stopBoard = board.subscribe(check);
    const stop = () => {
      stopUi();
      stopBoard();
    };
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
  }, [ui, board, processId]);
}

/** The discussion as plain data; a new object only when the document changed. */
export function useDiscussion(): Discussion {
  return useDocState('discussion');
}

/** Why the server refuses our comments or closed the discussion, if it does. */
export function useDiscussionRefusal(): string | undefined {
  return useSessionStatus((status) => status.discussion.denied ?? status.discussion.closed);
}

/** This person as authorship knows them; null until the server has said (nobody can comment or vote then). */
export function useDiscussionMe(): Person | null {
  return useProcess().person;
}

/**
 * Whether this person may reopen a decided thread: facilitators and admins, and whoever resolved it. The server
 * refuses anyone else's change to a resolution (discussion-not-moderator).
 */
export function useMayChangeResolution(resolvedBy: { id: string } | undefined): boolean {
  const { role, person } = useProcess();
  return atLeast(role, 'facilitator') || (person !== null && resolvedBy?.id === person.id);
}

/** The role may write the discussion (commenter and up) and the server has not refused; the server enforces it. */
export function useMayDiscuss(): boolean {
  return useMayWrite('discussion');
}

export function useDiscussionUiStore(): DiscussionUiStore {
  const ui = useContext(DiscussionUiContext);
  if (!ui) throw new Error('useDiscussionUi outside <DiscussionProvider>');
  return ui;
}

export function useDiscussionUi<T>(selector: (state: DiscussionUi) => T): T {
  return useStore(useDiscussionUiStore(), selector);
}
