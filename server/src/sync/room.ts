// One loaded room: its document, awareness and connections; stores each update before relaying it.
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { encodeSaved, type RoomAddress } from '@prozesswerk/protocol';
import type { Limits } from '../config.ts';
import type { Connection } from './connection.ts';
import { awarenessFrame, syncStep1Frame, updateFrame } from './frames.ts';
import type { WriteQueue } from './write-queue.ts';
import { FANOUT_KIND, type Fanout, type FanoutMessage } from './fanout.ts';

/** Origin of changes that came from another server instance. */
export const REMOTE_ORIGIN = Symbol('remote-instance');

export type Room = {
  readonly name: string;
  readonly address: RoomAddress;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections: ReadonlySet<Connection>;
  join(connection: Connection): void;
  leave(connection: Connection): void;
  /**
   * Queues an update for storage; it is applied and relayed only once stored. Resolves true when stored,
   * false when refused (document too large) or when storage failed.
   */
  submit(connection: Connection | null, update: Uint8Array): Promise<boolean>;
  /** Log entries written since the last compaction, as far as this instance knows. */
  logLength(): number;
  markCompacted(): void;
  /** Applies what another instance stored or heard; never stored again here. */
  applyRemote(message: FanoutMessage): void;
  /** Merges a state read back from storage (after a fan-out outage). */
  applyStoredState(state: Uint8Array): void;
  destroy(): void;
};

export type RoomDeps = {
  name: string;
  address: RoomAddress;
  initialState: Uint8Array;
  initialLogLength: number;
  writes: WriteQueue;
  fanout: Fanout;
  limits: Limits;
  /** Called after each stored batch so the registry can decide on compaction. */
  onStored(room: Room): void;
};

export function createRoom(deps: RoomDeps): Room {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, deps.initialState);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  const connections = new Set<Connection>();
  let storedBytes = deps.initialState.byteLength;
  let pendingBytes = 0;
  let logLength = deps.initialLogLength;
  const awaitingAck = new Set<Connection>();

  doc.on('update', (update: Uint8Array, origin: unknown) => {
    const frame = updateFrame(update);
    for (const connection of connections) if (connection !== origin) connection.send(frame);
  });

  awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    if (origin !== REMOTE_ORIGIN) {
      const payload = awarenessProtocol.encodeAwarenessUpdate(awareness, changed);
      deps.fanout.publish({ room: deps.name, kind: FANOUT_KIND.awareness, payload });
    }
    if (origin && typeof origin === 'object' && connections.has(origin as Connection)) {
      const owner = origin as Connection;
      for (const id of added) owner.awarenessIds.add(id);
      for (const id of removed) owner.awarenessIds.delete(id);
    }
    const frame = awarenessFrame(awareness, changed);
    for (const connection of connections) connection.send(frame);
  });

  function sendAcks(): void {
    const frame = encodeSaved(Y.encodeStateVector(doc));
    for (const connection of awaitingAck) connection.send(frame);
    awaitingAck.clear();
  }

  const room: Room = {
    name: deps.name,
    address: deps.address,
    doc,
    awareness,
    connections,

    join(connection) {
      connections.add(connection);
      connection.send(syncStep1Frame(doc));
      const states = [...awareness.getStates().keys()];
      if (states.length > 0) connection.send(awarenessFrame(awareness, states));
    },

    leave(connection) {
      connections.delete(connection);
      awaitingAck.delete(connection);
      if (connection.awarenessIds.size > 0) {
        awarenessProtocol.removeAwarenessStates(awareness, [...connection.awarenessIds], null);
      }
    },

    submit(connection, update) {
      if (storedBytes + pendingBytes + update.byteLength > deps.limits.maxDocBytes) {
        connection?.close('documentTooLarge');
        return Promise.resolve(false);
      }
      pendingBytes += update.byteLength;
      let settle: (stored: boolean) => void = () => undefined;
      const settled = new Promise<boolean>((resolve) => (settle = resolve));
      deps.writes.enqueue({
        room: deps.name,
        update,
        onStored() {
          pendingBytes -= update.byteLength;
          storedBytes += update.byteLength;
          logLength += 1;
          const pendingBefore = doc.store.pendingStructs?.update;
          try {
            Y.applyUpdate(doc, update, connection);
          } catch {
            // Yjs can throw on garbage that dispatch's checks let through; that must close only its sender,
            // never break the shared write queue (and with it the server) for everyone.
            connection?.close('malformedMessage');
          }
          // The update builds on edits the server never accepted (refused while locked, say): ask the
          // sender for what is missing, so its later, permitted edits do not stay stuck.
          const pendingAfter = doc.store.pendingStructs?.update;
          if (connection && pendingAfter && pendingAfter !== pendingBefore)
            connection.send(syncStep1Frame(doc));
          deps.fanout.publish({ room: deps.name, kind: FANOUT_KIND.update, payload: update });
          if (connection?.ack && connections.has(connection)) {
            if (awaitingAck.size === 0) queueMicrotask(sendAcks);
            awaitingAck.add(connection);
          }
          deps.onStored(room);
          settle(true);
        },
        onFailed() {
          pendingBytes -= update.byteLength;
          // The client still holds the edit and sends it again when it reconnects and syncs.
          connection?.close('storageFailed');
          settle(false);
        },
      });
      return settled;
    },

    logLength: () => logLength,

    markCompacted() {
      logLength = 0;
      storedBytes = Y.encodeStateAsUpdate(doc).byteLength;
    },

    applyRemote(message) {
      if (message.kind === FANOUT_KIND.update) {
        storedBytes += message.payload.byteLength;
        Y.applyUpdate(doc, message.payload, REMOTE_ORIGIN);
      } else if (message.kind === FANOUT_KIND.awareness) {
        awarenessProtocol.applyAwarenessUpdate(awareness, message.payload, REMOTE_ORIGIN);
      }
    },

    applyStoredState(state) {
      Y.applyUpdate(doc, state, REMOTE_ORIGIN);
    },

    destroy() {
      awareness.destroy();
      doc.destroy();
    },
  };
  return room;
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Sends the saved acknowledgement right away, e.g. after a client's first sync step. */
export function sendSaved(room: Room, connection: Connection): void {
  if (connection.ack) connection.send(encodeSaved(Y.encodeStateVector(room.doc)));
}
