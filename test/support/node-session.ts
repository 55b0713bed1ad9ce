// Test support: our client's process session (client/src/sync) running in Node, with a network that can be cut.
import WebSocket from 'ws';
import type { SyncEnvironment } from '../../client/src/sync/environment.ts';
import { createProcessSession, type ProcessSession } from '../../client/src/sync/process-session.ts';

export type NodeSession = {
  session: ProcessSession;
  online(): boolean;
  /** What the browser's `offline` event does: every socket of the session closes, edits stay local. */
  goOffline(): void;
  goOnline(): void;
  destroy(): void;
};

export function openNodeSession(baseUrl: string, processId: string, token: string): NodeSession {
  let online = true;
  const watchers = new Set<{ onOnline(): void; onOffline(): void }>();
  const environment: SyncEnvironment = {
    isOnline: () => online,
    watchNetwork(onOnline, onOffline) {
      const watcher = { onOnline, onOffline };
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
  };
  const session = createProcessSession(processId, `${baseUrl.replace(/^http/, 'ws')}/sync`, environment);
  return {
    session,
    online: () => online,
    goOffline() {
      online = false;
      for (const watcher of watchers) watcher.onOffline();
    },
    goOnline() {
      online = true;
      for (const watcher of watchers) watcher.onOnline();
    },
    destroy: () => session.destroy(),
  };
}
