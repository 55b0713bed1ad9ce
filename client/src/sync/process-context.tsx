// ProcessContext: the open process (id, title, role), who is here, and its three synced documents, for every component below.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import type { Person } from '@prozesswerk/process-model';
import { mayWrite, type Channel, type Role } from '@prozesswerk/protocol';
import type { Identity } from '../shared/identity.ts';
import type { ProcessDocs, ProcessSession, SessionStatus } from './process-session.ts';
import type { SyncedDoc } from './synced-doc.ts';

export type ProcessContextValue = {
  processId: string;
  title: string;
  role: Role;
  /** The process this one was adopted from; null when it is no variant, undefined when not known (offline). */
  originProcessId?: string | null;
  /** The signed-in person (or the name given in this browser): name, municipality, colour. */
  me: Identity;
  /** The same person as authorship knows them (account or guest id); null until the server has said. */
  person: Person | null;
  session: ProcessSession;
};

const ProcessContext = createContext<ProcessContextValue | null>(null);

export function ProcessProvider({ value, children }: { value: ProcessContextValue; children: ReactNode }) {
  return <ProcessContext.Provider value={value}>{children}</ProcessContext.Provider>;
}

export function useProcess(): ProcessContextValue {
  const process = useContext(ProcessContext);
  if (!process) throw new Error('useProcess outside <ProcessProvider>');
  return process;
}

/** One value from the status of the three documents (connection, saved, refused). */
export function useSessionStatus<T>(selector: (status: SessionStatus) => T): T {
  return useStore(useProcess().session.status, selector);
}

type StateOf<C extends Channel> = ReturnType<ProcessDocs[C]['state']>;

/** A document as plain data (the discussion, the workshop state), re-read only when it changed. */
export function useDocState<C extends 'discussion' | 'session'>(channel: C): StateOf<C> {
  const synced = useProcess().session[channel] as SyncedDoc<StateOf<C>>;
  return useSyncExternalStore(synced.subscribe, synced.state);
}

/** The document itself, to write to with the process-model mutations; a new one if the session replaced it. */
export function useDoc(channel: Channel): Y.Doc {
  const synced = useProcess().session[channel];
  return useSyncExternalStore(synced.subscribe, synced.doc);
}

/** Presence on the map room: cursors, selections, who is here, follow mode. */
export function useAwareness(): Awareness {
  return useProcess().session.map.awareness();
}

/**
 * Whether this person may write the document now: their role allows it and the server has neither
 * refused a change nor closed the room (a revoked link or a lowered role during the session).
 * The map's lock is left to the board, which knows the lock from the session document.
 */
export function useMayWrite(channel: Exclude<Channel, 'map'>): boolean {
  const { role } = useProcess();
  const refused = useSessionStatus((status) => Boolean(status[channel].denied || status[channel].closed));
  return mayWrite(role, channel, false).allowed && !refused;
}
