// One secondary document of a process (session, discussion) kept in sync over its own room, read as plain data.
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { reconnectsAfterClose, roomName, type Channel } from '@prozesswerk/protocol';
import { installSyncMessageHandlers } from './sync-messages.ts';

export type DocSync<State> = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Current plain state; the same object until the document changes, so it works as a React snapshot. */
  state(): State;
  /** Whether the first sync with the server is done. */
  synced(): boolean;
  /**
   * Why the server refuses our writes (`read-only-role`) or closed the room for good (`unknown-process`, …);
   * undefined while all is well. What we write then never reaches anyone, so the UI must say so.
   */
  refusal(): string | undefined;
  subscribe(listener: () => void): () => void;
  destroy(): void;
};

export type DocSyncOptions<State> = {
  processId: string;
  channel: Channel;
  serverUrl: string;
  createDoc(): Y.Doc;
  read(doc: Y.Doc): State;
};

export function createDocSync<State>(options: DocSyncOptions<State>): DocSync<State> {
  const doc = options.createDoc();
  const provider = new WebsocketProvider(
    options.serverUrl,
    roomName(options.processId, options.channel),
    doc,
    {
      maxBackoffTime: 2000,
      shouldReconnect: (event) => reconnectsAfterClose(event.code),
    },
  );
  const listeners = new Set<() => void>();
  let current = options.read(doc);
  let isSynced = false;
  const notify = () => listeners.forEach((listener) => listener());
  const onUpdate = () => {
    current = options.read(doc);
    notify();
  };
  const onSync = (synced: boolean) => {
    if (!synced || isSynced) return;
    isSynced = true;
    notify();
  };
  let refusal: string | undefined;
  const refuse = (reason: string) => {
    refusal = reason;
    notify();
  };
  const onClosed = ({ reason }: { reason: string }) => refuse(reason || 'closed');
  installSyncMessageHandlers(provider, { onSaved: () => undefined, onDenied: refuse });
  doc.on('update', onUpdate);
  provider.on('sync', onSync);
  provider.on('closed', onClosed);
  return {
    doc,
    provider,
    state: () => current,
    synced: () => isSynced,
    refusal: () => refusal,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      doc.off('update', onUpdate);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      provider.destroy();
      doc.destroy();
    },
  };
}
