// A simulated editor driven by the stock y-websocket WebsocketProvider on its own Y.Doc (awareness included).
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { benchClock, reportRemoteKeys, whenClosed, type ConnectEditor } from './editor.ts';

export const connectProviderEditor: ConnectEditor = (target, events) => {
  const doc = new Y.Doc();
  const nodes = doc.getMap<number>('nodes');
  const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: target.params,
  });
  nodes.observe((event) => {
    if (!event.transaction.local)
      reportRemoteKeys(event.keysChanged, (key) => nodes.get(key), events, benchClock());
  });
  provider.on('connection-close', (event) => events.onDisconnect(event?.code ?? null));

  return {
    room: target.room,
    isSynced: () => provider.synced,
    edit(key, sentAt) {
      nodes.set(key, sentAt);
    },
    async destroy() {
      // The provider drops its socket reference on destroy, so take it first to wait for the close.
      const socket = provider.ws as WebSocket | null;
      provider.destroy();
      if (socket) await whenClosed(socket);
      doc.destroy();
    },
  };
};
