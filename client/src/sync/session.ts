// One open process map in this browser: the Y.Doc, its IndexedDB copy, the WebSocket provider and their status.
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createProcessDoc } from '@prozesswerk/process-model';
import { reconnectsAfterClose, roomName } from '@prozesswerk/protocol';
import { createSaveTracker } from './save-tracker.ts';
import { installSyncMessageHandlers } from './sync-messages.ts';

export type ConnectionState = 'connecting' | 'online' | 'offline';

export type SyncStatus = {
  connection: ConnectionState;
  /** The first sync with the server (or the local copy) is done, so the map is complete enough to show. */
  ready: boolean;
  unsaved: number;
  /** Why the server refused our last change (e.g. `read-only-role`, `map-locked`). */
  denied: string | undefined;
  /** Why the server closed the connection for good (e.g. `unknown-process`). */
  closed: string | undefined;
};

export type SyncSession = {
  doc: Y.Doc;
  awareness: Awareness;
  status: StoreApi<SyncStatus>;
  destroy(): void;
};

export function syncServerUrl(location: Location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/sync`;
}

export function createSyncSession(processId: string, serverUrl: string): SyncSession {
  const doc = createProcessDoc();
  const status = createStore<SyncStatus>(() => ({
    connection: 'connecting',
    ready: false,
    unsaved: 0,
    denied: undefined,
    closed: undefined,
  }));
  const local = new IndexeddbPersistence(`prozesswerk:${roomName(processId, 'map')}`, doc);
  const provider = new WebsocketProvider(serverUrl, roomName(processId, 'map'), doc, {
    params: { ack: '1' },
    maxBackoffTime: 2000,
    shouldReconnect: (event) => reconnectsAfterClose(event.code),
  });
  const tracker = createSaveTracker(doc, () => status.setState({ unsaved: tracker.unsaved() }));
  installSyncMessageHandlers(provider, {
    onSaved: (clock) => tracker.onAck(clock),
    onDenied: (reason) => {
      tracker.onRefused();
      status.setState({ denied: reason });
    },
  });

  provider.on('status', ({ status: state }) => {
    if (state === 'connected') tracker.onReconnect();
    status.setState({
      connection: state === 'connected' ? 'online' : navigator.onLine ? 'connecting' : 'offline',
    });
  });
  provider.on('sync', (synced) => {
    if (synced) status.setState({ ready: true });
  });
  provider.on('closed', ({ reason }) =>
    status.setState({ closed: reason || 'closed', connection: 'offline' }),
  );
  // Offline (or with a slow server), the copy in IndexedDB is all there is; show it instead of waiting on.
  void local.whenSynced.then(() => {
    if (!navigator.onLine) status.setState({ ready: true });
  });
  const readyAnyway = setTimeout(() => status.setState({ ready: true }), 3000);

  // The browser knows about a lost network before the socket times out; reconnect as soon as it is back.
  const goOffline = () => {
    provider.disconnect();
    status.setState({ connection: 'offline', ready: true });
  };
  const goOnline = () => {
    status.setState({ connection: 'connecting' });
    provider.connect();
  };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  if (!navigator.onLine) goOffline();

  return {
    doc,
    awareness: provider.awareness,
    status,
    destroy() {
      clearTimeout(readyAnyway);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      tracker.destroy();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}
