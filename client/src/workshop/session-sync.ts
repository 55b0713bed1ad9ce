// The workshop's session document of one process, kept in sync over its own room (read-only for participants).
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { createSessionDoc, readSession, type WorkshopState } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';

export type WorkshopSync = {
  doc: Y.Doc;
  /** Current plain state; the same object until the document changes, so it works as a React snapshot. */
  state(): WorkshopState;
  /** Whether the first sync with the server is done; summons seen before then are history, not news. */
  synced(): boolean;
  subscribe(listener: () => void): () => void;
  destroy(): void;
};

export function createWorkshopSync(processId: string, serverUrl: string): WorkshopSync {
  const doc = createSessionDoc();
  const provider = new WebsocketProvider(serverUrl, roomName(processId, 'session'), doc, {
    maxBackoffTime: 2000,
  });
  const listeners = new Set<() => void>();
  let current = readSession(doc);
  let isSynced = false;
  const notify = () => listeners.forEach((listener) => listener());
  const onUpdate = () => {
    current = readSession(doc);
    notify();
  };
  const onSync = (synced: boolean) => {
    if (!synced || isSynced) return;
    isSynced = true;
    notify();
  };
  doc.on('update', onUpdate);
  provider.on('sync', onSync);
  return {
    doc,
    state: () => current,
    synced: () => isSynced,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      doc.off('update', onUpdate);
      provider.off('sync', onSync);
      provider.destroy();
      doc.destroy();
    },
  };
}
