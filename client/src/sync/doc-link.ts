// One Y.Doc joined to its room: the provider, the save tracker, and asking for the server's delete set when a deletion waits.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { REFUSALS_PARAM, reconnectsAfterClose, type Refusal } from '@prozesswerk/protocol';
import { createSaveTracker, type SaveTracker } from './save-tracker.ts';
import { installSyncMessageHandlers, syncStep1Frame } from './sync-messages.ts';

export type DocLinkOptions = {
  serverUrl: string;
  room: string;
  /** Extra URL parameters (a token where no cookie is sent, as in tests). */
  params?: Record<string, string>;
  WebSocketPolyfill?: typeof WebSocket;
  /** Whether to connect at once (false while the browser knows it is offline). */
  connect: boolean;
  onUnsavedChange(): void;
  onRefused(refusal: Refusal): void;
  onConnection(connected: boolean): void;
  onSynced(synced: boolean): void;
  /** The server closed the room for good (a close code not worth retrying). */
  onClosed(reason: string): void;
};

export type DocLink = {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly tracker: SaveTracker;
  destroy(): void;
};

/*
 * The server acknowledges what it stored with its state vector, which says nothing about deletions. So while
 * one of our deletions waits, each acknowledgement is followed by a sync step 1; the server's answer holds the
 * delete set of what it stored. Every stored update of ours is acknowledged, so the question asked after the
 * acknowledgement of a deletion always sees it.
 */
export function openDocLink(doc: Y.Doc, options: DocLinkOptions): DocLink {
  const provider = new WebsocketProvider(options.serverUrl, options.room, doc, {
    params: { ack: '1', [REFUSALS_PARAM]: '1', ...options.params },
    connect: options.connect,
    // Another tab's copy may hold a change the server refused; only the server's state may reach this document.
    disableBc: true,
    maxBackoffTime: 2000,
    shouldReconnect: (event) => reconnectsAfterClose(event.code),
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const tracker = createSaveTracker(doc, options.onUnsavedChange);

  let asking = false;
  let askAgain = false;
  const askForDeletes = () => {
    if (asking) {
      askAgain = true;
      return;
    }
    const socket = provider.ws;
    if (!socket || socket.readyState !== 1) return;
    asking = true;
    socket.send(syncStep1Frame(doc));
  };

  installSyncMessageHandlers(provider, {
    onSaved(clock) {
      tracker.onAck(clock);
      if (tracker.awaitsDeletes()) askForDeletes();
    },
    onRefused: options.onRefused,
    onServerUpdate(update) {
      asking = false;
      if (tracker.awaitsDeletes()) tracker.onServerDeletes(Y.decodeUpdate(update).ds);
      if (askAgain && tracker.awaitsDeletes()) {
        askAgain = false;
        askForDeletes();
      }
    },
  });
  provider.on('status', ({ status }) => {
    if (status !== 'connected') asking = false;
    options.onConnection(status === 'connected');
  });
  provider.on('sync', options.onSynced);
  provider.on('closed', ({ reason }) => options.onClosed(reason || 'closed'));

  return {
    doc,
    provider,
    tracker,
    destroy() {
      tracker.destroy();
      provider.destroy();
    },
  };
}
