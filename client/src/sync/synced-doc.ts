// One document of a process kept in sync over its own room: local copy, online/offline, saved acks, and rebuilding after a refusal.
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { roomName, type Channel, type Refusal, type RefusalReason } from '@prozesswerk/protocol';
import { LOCAL_COPY_PREFIX } from '../shared/local-copy.ts';
import { openDocLink, type DocLink } from './doc-link.ts';
import type { LocalCopy, SyncEnvironment } from './environment.ts';

export type ConnectionState = 'connecting' | 'online' | 'offline';

/** What the server did not take: shown to the person until they dismiss it. */
export type RefusalNotice = {
  id: number;
  reason: RefusalReason;
  /** The names of what the refused changes touched (a step's label), as far as they have one. */
  items: readonly string[];
  /** How many of this person's changes were lost with it. */
  changes: number;
};

export type DocStatus = {
  connection: ConnectionState;
  /** In step with the server on the current connection (what a vote waits for). */
  synced: boolean;
  /** Complete enough to show: synced once, or the local copy while offline or while the server is slow. */
  ready: boolean;
  /** Local changes the server has not yet acknowledged as stored. */
  unsaved: number;
  /** The server refused a change: the document is being replaced by the server's state. */
  rebuilding: boolean;
  /** Refusals the person has not dismissed yet, oldest first. */
  refused: readonly RefusalNotice[];
  /** Why the server refused our last change while it still holds (`read-only-role`, `map-locked`). */
  denied: string | undefined;
  /** Why the server closed the room for good (e.g. `unknown-process`). */
  closed: string | undefined;
};

export const INITIAL_STATUS: DocStatus = {
  connection: 'connecting',
  synced: false,
  ready: false,
  unsaved: 0,
  rebuilding: false,
  refused: [],
  denied: undefined,
  closed: undefined,
};

export type SyncedDoc<State> = {
  readonly channel: Channel;
  /**
   * The document as it is now. Read it when you need it and do not keep it: a refused change makes the
   * document be rebuilt from the server's state, and `subscribe` then tells you.
   */
  doc(): Y.Doc;
  /** The document as plain data, read lazily; the same object until the document changes (a React snapshot). */
  state(): State;
  /** Presence on this room; the editor uses the map room's for everyone. */
  awareness(): Awareness;
  /** Called after every change of the document (and when the document itself is replaced). */
  subscribe(listener: () => void): () => void;
  /** Forgets a refusal that no longer holds (the map was unlocked after a `map-locked` refusal). */
  clearDenied(reason: string): void;
  /** The person has read a refusal notice. */
  dismissRefused(id: number): void;
  destroy(): void;
};

export type SyncedDocOptions<State> = {
  processId: string;
  channel: Channel;
  serverUrl: string;
  environment: SyncEnvironment;
  createDoc(): Y.Doc;
  read(doc: Y.Doc): State;
  /** The name a person knows a top-level entry (`nodes/<id>`) by, if it has one. */
  nameEntry?(entry: string, doc: Y.Doc): string | undefined;
  /** Merges a change into this document's status (the session keeps all three in one store). */
  setStatus(patch: Partial<DocStatus>): void;
  getStatus(): DocStatus;
};

// With a slow server, a local copy is shown after this long instead of waiting on.
const LOCAL_COPY_AFTER_MS = 3000;

// After the rebuild these still hold (the role); the others were about the refused document only.
const LASTING_REASONS: readonly string[] = ['read-only-role'];

let nextNoticeId = 1;

export function createSyncedDoc<State>(options: SyncedDocOptions<State>): SyncedDoc<State> {
  const { setStatus, getStatus, environment } = options;
  const room = roomName(options.processId, options.channel);
  const localName = `${LOCAL_COPY_PREFIX}${room}`;
  const listeners = new Set<() => void>();
  let current: { state: State } | null = null;
  let destroyed = false;
  const notify = () => {
    current = null;
    listeners.forEach((listener) => listener());
  };

  let doc = options.createDoc();
  let local: LocalCopy | undefined = environment.openLocalCopy?.(localName, doc);
  doc.on('update', notify);
  /** The document the server refused is shown until its replacement has the server's state. */
  let replacement: DocLink | null = null;
  let link = open(doc);

  /** The link whose connection the person sees: the replacement while there is one. */
  const live = () => replacement ?? link;

  function open(target: Y.Doc): DocLink {
    const opened: DocLink = openDocLink(target, {
      serverUrl: options.serverUrl,
      room,
      ...(environment.params ? { params: environment.params } : {}),
      ...(environment.WebSocketPolyfill ? { WebSocketPolyfill: environment.WebSocketPolyfill } : {}),
      connect: environment.isOnline(),
      onUnsavedChange: () => {
        if (opened === link && !getStatus().rebuilding) setStatus({ unsaved: opened.tracker.unsaved() });
      },
      onRefused: (refusal) => {
        if (opened === link) rebuild(refusal);
        else console.warn('the rebuilt document was refused too', refusal);
      },
      onConnection: (connected) => {
        if (opened !== live()) return;
        setStatus({
          connection: connected ? 'online' : environment.isOnline() ? 'connecting' : 'offline',
          ...(connected ? {} : { synced: false }),
        });
      },
      onSynced: (synced) => {
        if (opened === replacement && synced) return swap(opened);
        if (opened === live()) setStatus(synced ? { synced, ready: true } : { synced });
      },
      onClosed: (reason) => {
        if (opened === live()) setStatus({ closed: reason, connection: 'offline' });
      },
    });
    return opened;
  }

  /*
   * Everything this document holds that the server does not is lost, and every later change of it would be
   * refused too. So: say what was not taken, and open a new document (a new client id) that loads the server's
   * state; it replaces this one once it has that state, and this one's local copy is deleted.
   */
  function rebuild(refusal: Refusal): void {
    // What the refused document sends until it is replaced builds on the refusal; the person was told once.
    if (replacement) return;
    const notice: RefusalNotice = {
      id: nextNoticeId++,
      reason: refusal.reason,
      items: nameEntries(link.tracker.touched(), [doc]),
      changes: Math.max(1, link.tracker.unsaved()),
    };
    const status = getStatus();
    const refused = [...status.refused.filter((known) => known.reason !== notice.reason), notice];
    setStatus({ refused, denied: refusal.reason, rebuilding: true, unsaved: 0 });
    link.provider.disconnect();
    replacement = open(options.createDoc());
  }

  function swap(next: DocLink): void {
    const previous = { doc, link, local };
    const touched = previous.link.tracker.touched();
    replacement = null;
    link = next;
    doc = next.doc;
    doc.on('update', notify);
    previous.doc.off('update', notify);
    const presence = previous.link.provider.awareness.getLocalState();
    if (presence) next.provider.awareness.setLocalState(presence);
    previous.link.destroy();
    local = undefined;
    void (previous.local ? previous.local.clearData() : Promise.resolve()).then(() => {
      if (!destroyed && doc === next.doc) local = environment.openLocalCopy?.(localName, next.doc);
    });
    const status = getStatus();
    // Named now by the server's state where it still has them: the step as everyone sees it.
    const items = nameEntries(touched, [next.doc, previous.doc]);
    const refused = status.refused.map((notice, index) =>
      index === status.refused.length - 1 && items.length > 0 ? { ...notice, items } : notice,
    );
    setStatus({
      rebuilding: false,
      refused,
      unsaved: next.tracker.unsaved(),
      synced: true,
      ready: true,
      connection: 'online',
      denied: status.denied && LASTING_REASONS.includes(status.denied) ? status.denied : undefined,
    });
    notify();
    previous.doc.destroy();
  }

  function nameEntries(entries: Iterable<string>, docs: Y.Doc[]): string[] {
    const names = new Set<string>();
    for (const entry of entries) {
      for (const source of docs) {
        const name = options.nameEntry?.(entry, source);
        if (name) {
          names.add(name);
          break;
        }
      }
    }
    return [...names];
  }

  /*
   * Offline, the local copy is all there is; with a slow server it is shown after a moment. Without one
   * (the first visit in this browser) there is nothing to show but an empty map that would then fill
   * in under the person's eyes, so that waits for the server.
   */
  let hasLocalCopy = false;
  let waitedLongEnough = false;
  // Either may come first: a slow disk must not leave a local copy hidden until the server answers.
  void local?.whenSynced.then(() => {
    hasLocalCopy = doc.store.clients.size > 0;
    if (!environment.isOnline() || (hasLocalCopy && waitedLongEnough)) setStatus({ ready: true });
  });
  const readyAnyway = setTimeout(() => {
    waitedLongEnough = true;
    if (hasLocalCopy) setStatus({ ready: true });
  }, LOCAL_COPY_AFTER_MS);

  // The browser knows about a lost network before the socket times out; reconnect as soon as it is back.
  const goOffline = () => {
    live().provider.disconnect();
    setStatus({ connection: 'offline', synced: false, ready: true });
  };
  const goOnline = () => {
    setStatus({ connection: 'connecting' });
    live().provider.connect();
  };
  const stopWatching = environment.watchNetwork(goOnline, goOffline);
  if (!environment.isOnline()) goOffline();

  return {
    channel: options.channel,
    doc: () => doc,
    state() {
      current ??= { state: options.read(doc) };
      return current.state;
    },
    awareness: () => link.provider.awareness,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clearDenied(reason) {
      if (getStatus().denied === reason) setStatus({ denied: undefined });
    },
    dismissRefused(id) {
      setStatus({ refused: getStatus().refused.filter((notice) => notice.id !== id) });
    },
    destroy() {
      destroyed = true;
      clearTimeout(readyAnyway);
      stopWatching();
      doc.off('update', notify);
      replacement?.destroy();
      replacement?.doc.destroy();
      link.destroy();
      void local?.destroy();
      doc.destroy();
    },
  };
}
