// What a synced document needs from where it runs: a local copy, the network's state, a WebSocket (no DOM here, so Node tests can run the session).
import type * as Y from 'yjs';

/** The copy of a document kept in this browser (IndexedDB), so the map opens offline. */
export type LocalCopy = {
  whenSynced: Promise<unknown>;
  /** Deletes the copy for good (after the server refused what it holds). */
  clearData(): Promise<void>;
  destroy(): Promise<void>;
};

export type SyncEnvironment = {
  openLocalCopy?(name: string, doc: Y.Doc): LocalCopy;
  isOnline(): boolean;
  /** Tells when the network is lost and back, before a socket would notice; returns how to stop. */
  watchNetwork(onOnline: () => void, onOffline: () => void): () => void;
  WebSocketPolyfill?: typeof WebSocket;
  /** Extra URL parameters for the sync sockets (the browser sends its cookie instead). */
  params?: Record<string, string>;
};
