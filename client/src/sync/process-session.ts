// One open process in this browser: its three documents (map, discussion, session) and their status, together.
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  createDiscussionDoc,
  createProcessDoc,
  createSessionDoc,
  readDiscussion,
  readSession,
  type Discussion,
  type WorkshopState,
} from '@prozesswerk/process-model';
import type { Channel } from '@prozesswerk/protocol';
import type { SyncEnvironment } from './environment.ts';
import { nameMapEntry } from './map-entry-name.ts';
import { createSyncedDoc, INITIAL_STATUS, type DocStatus, type SyncedDoc } from './synced-doc.ts';

/** Each document's connection and save status, side by side, so one status can speak for all three. */
export type SessionStatus = Readonly<Record<Channel, DocStatus>>;

export type ProcessDocs = {
  /** The map; the board mirrors it into its own store, so it has no plain state here. */
  map: SyncedDoc<null>;
  discussion: SyncedDoc<Discussion>;
  session: SyncedDoc<WorkshopState>;
};

export type ProcessSession = ProcessDocs & {
  readonly processId: string;
  status: StoreApi<SessionStatus>;
  destroy(): void;
};

/*
 * The three documents are opened the same way (provider, IndexedDB copy, online/offline, saved
 * acknowledgements); only what they hold differs. Their status lives in one store, so a component
 * can select the map's connection or every document's unsaved count alike.
 */
export function createProcessSession(
  processId: string,
  serverUrl: string,
  environment: SyncEnvironment,
): ProcessSession {
  const status = createStore<SessionStatus>(() => ({
    map: INITIAL_STATUS,
    discussion: INITIAL_STATUS,
    session: INITIAL_STATUS,
  }));
  const open = <State>(
    channel: Channel,
    createDoc: () => Y.Doc,
    read: (doc: Y.Doc) => State,
    nameEntry?: (entry: string, doc: Y.Doc) => string | undefined,
  ) =>
    createSyncedDoc({
      processId,
      channel,
      serverUrl,
      environment,
      createDoc,
      read,
      ...(nameEntry ? { nameEntry } : {}),
      getStatus: () => status.getState()[channel],
      setStatus: (patch) =>
        status.setState(
          (state) => ({ [channel]: { ...state[channel], ...patch } }) as Partial<SessionStatus>,
        ),
    });
  const map = open('map', createProcessDoc, () => null, nameMapEntry);
  const discussion = open('discussion', createDiscussionDoc, readDiscussion);
  const session = open('session', createSessionDoc, readSession);

  /*
   * A change sent just before the lock arrived is refused with `map-locked`; that refusal says nothing
   * once the facilitator unlocks, so forget it then or the map would stay read-only for good.
   */
  let wasLocked = session.state().locked;
  const stopLockWatch = session.subscribe(() => {
    const locked = session.state().locked;
    if (wasLocked && !locked) map.clearDenied('map-locked');
    wasLocked = locked;
  });

  return {
    processId,
    map,
    discussion,
    session,
    status,
    destroy() {
      stopLockWatch();
      map.destroy();
      discussion.destroy();
      session.destroy();
    },
  };
}
