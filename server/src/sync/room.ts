// One loaded room: its document, awareness and connections; stores each update before relaying it.
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { encodeSaved, type RoomAddress } from '@prozesswerk/protocol';
import type { Limits } from '../config.ts';
import type { Connection } from './connection.ts';
import { awarenessFrame, syncStep1Frame, syncStep2FrameOf, updateFrame } from './frames.ts';
import { buildRoomDoc } from './room-build.ts';
import {
  createRoomRefusals,
  decodeRefusals,
  isEmptyRefusals,
  mergeRefusals,
  type RoomRefusals,
} from './refused-ranges.ts';
import type { WriteQueue } from './write-queue.ts';
import { FANOUT_KIND, type Fanout, type FanoutMessage } from './fanout.ts';
import { createJudgedDoc, type JudgedDoc } from './judged-doc.ts';
import { trackStructWeight, weighUpdateStructs } from './struct-weight.ts';

/** Origin of changes that came from another server instance. */
export const REMOTE_ORIGIN = Symbol('remote-instance');

export type Room = {
  readonly name: string;
  readonly address: RoomAddress;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections: ReadonlySet<Connection>;
  /** Awareness client ids that sockets on other instances publish. */
  readonly remoteAwarenessIds: ReadonlySet<number>;
  /**
   * Resolves once `doc` holds everything stored (and what other instances sent meanwhile): at once for a small
   * room, after slices integrated between event-loop turns for a large one. Until then only join, leave,
   * sendStored and the refusal bookkeeping may be used; what other instances send is held back and applied in order.
   */
  readonly ready: Promise<void>;
  /** Whether `ready` has resolved; never true when it rejected (building failed). */
  isReady(): boolean;
  /**
   * While the document builds: answers a client that has nothing yet with the stored parts themselves (sync step 2
   * with the state, then the log tail as updates) and returns true; once ready, false (ask the document).
   */
  sendStored(connection: Connection): boolean;
  /** Adds a connection; while the document builds, the server's own sync step 1 follows once it is ready. */
  join(connection: Connection): void;
  leave(connection: Connection): void;
  /**
   * Queues an update for storage; it is applied and relayed only once stored. Resolves true when stored,
   * false when refused (document too large) or when storage failed. `decoded` saves decoding it again.
   */
  submit(connection: Connection | null, update: Uint8Array, decoded?: DecodedUpdate): Promise<boolean>;
  /** Whether storing `bytes` more would grow the document past MAX_DOC_BYTES. */
  exceedsDocBytes(bytes: number): boolean;
  /**
   * Whether holding the update would grow the room past MAX_ROOM_STRUCTS (deleted items weighing half, see
   * struct-weight.ts) or MAX_ROOM_WRITERS; why if so.
   */
  exceedsBudget(update: DecodedUpdate): string | undefined;
  /** What this room refused, on any instance (see refused-ranges.ts). */
  readonly refusals: RoomRefusals;
  /** For a discussion room: the copy each update is judged against (see judged-doc.ts). */
  readonly judged: JudgedDoc | undefined;
  /** The next clock the room holds or has queued of a writer: anything below it was accepted. */
  acceptedClock(client: number): number;
  /** Adds refusals; those new to the room are passed to `onRefused` when `share` (made here, not heard). */
  addRefusals(refusals: RoomRefusals, share: boolean): RoomRefusals;
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
  /** What storage holds, ready to apply in order (see DocStore.loadRoom). */
  initialParts: readonly Uint8Array[];
  initialLogLength: number;
  writes: WriteQueue;
  fanout: Fanout;
  limits: Limits;
  /** What this room refused so far, read from storage with the document. */
  initialRefusals?: RoomRefusals;
  log: (message: string) => void;
  /** Called after each stored batch so the registry can decide on compaction. */
  onStored(room: Room): void;
  /** Called with refusals made here that were new: to be stored and told to the other instances. */
  onRefused(room: Room, fresh: RoomRefusals): void;
  /** Splits a large stored state for building the document in slices (RoomParts.split); without it, at once. */
  split?: ((state: Uint8Array, maxStructs: number) => Promise<Uint8Array[]>) | undefined;
};

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export function createRoom(deps: RoomDeps): Room {
  const doc = new Y.Doc({ gc: true });
  const weight = trackStructWeight(doc);
  let destroyed = false;
  const built = buildRoomDoc(
    doc,
    deps.initialParts,
    deps.split && {
      split: deps.split,
      maxStructs: deps.limits.loadSliceStructs,
      stopped: () => destroyed,
      log: (message, error) => deps.log(`room ${deps.name}: ${message}${error ? `: ${String(error)}` : ''}`),
    },
  );
  // While the document builds: the stored parts (answers for new clients), what waits for the document, and the
  // connections that get the server's sync step 1 once it is ready.
  let stored: readonly Uint8Array[] | undefined = typeof built === 'number' ? undefined : deps.initialParts;
  // The answer to a new client while building, framed once for however many join (a workshop starting).
  let storedFrames: readonly Uint8Array[] | undefined;
  const heldBack: (() => void)[] = [];
  const awaitingStep1 = new Set<Connection>();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  const connections = new Set<Connection>();
  const remoteAwarenessIds = new Set<number>();
  // At most a short log tail more than the document's encoded size (see DocStore.loadRoom).
  let storedBytes = deps.initialParts.reduce((sum, part) => sum + part.byteLength, 0);
  let pendingBytes = 0;
  let logLength = deps.initialLogLength;
  const awaitingAck = new Set<Connection>();
  const refusals = deps.initialRefusals ?? createRoomRefusals();
  // Clocks of updates accepted but not yet stored (and so not yet in `doc`), per writer.
  const queuedEnds = new Map<number, number>();
  // What updates accepted but not yet applied weigh against the memory budget.
  let queuedWeight = 0;
  // Updates accepted but not yet stored, in order: part of what the next discussion update is judged against.
  const queued = new Set<Uint8Array>();
  const judged =
    deps.address.channel === 'discussion'
      ? createJudgedDoc(() => [Y.encodeStateAsUpdate(doc), ...queued])
      : undefined;

  // No 'update' listener on the document: Yjs would encode every transaction again for it. The bytes a client sent
  // are relayed as they are, framed once for all connections; see integrate().
  let applied: Y.Transaction | undefined;
  doc.on('afterTransaction', (transaction: Y.Transaction) => (applied = transaction));

  /**
   * Applies an update and relays what the document gained to everyone in the room but `origin`. When nothing was
   * waiting for missing edits before and nothing is after, the update integrated completely and its own bytes are
   * relayed (unless `ownBytes` is false: a whole stored state is never sent to everyone). Otherwise — it waits for
   * edits the server never got, or completes ones that were waiting — what the document gained is encoded instead,
   * as Yjs's own 'update' event would have.
   */
  function integrate(update: Uint8Array, origin: unknown, ownBytes = true): void {
    const waitingBefore = hasWaiting(doc);
    applied = undefined;
    Y.applyUpdate(doc, update, origin);
    judged?.heard(update);
    const transaction = applied as Y.Transaction | undefined;
    if (!transaction || !gainedContent(transaction)) return;
    const relayed =
      ownBytes && !waitingBefore && !hasWaiting(doc)
        ? update
        : Y.encodeStateAsUpdate(doc, Y.encodeStateVector(transaction.beforeState));
    const frame = updateFrame(relayed);
    for (const connection of connections) if (connection !== origin) connection.send(frame);
  }

  awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    if (origin !== REMOTE_ORIGIN) {
      const payload = awarenessProtocol.encodeAwarenessUpdate(awareness, changed);
      deps.fanout.publish({ room: deps.name, kind: FANOUT_KIND.awareness, payload });
    }
    if (origin === REMOTE_ORIGIN) {
      for (const id of added) remoteAwarenessIds.add(id);
      for (const id of removed) remoteAwarenessIds.delete(id);
    }
    if (origin && typeof origin === 'object' && connections.has(origin as Connection)) {
      const owner = origin as Connection;
      for (const id of added) owner.awarenessIds.add(id);
      for (const id of removed) owner.awarenessIds.delete(id);
    }
    const frame = awarenessFrame(awareness, changed);
    for (const connection of connections) connection.send(frame);
  });

  const whenBuilt = (run: () => void) => (stored ? void heldBack.push(run) : run());

  function reportSkipped(skipped: number): void {
    if (skipped > 0) deps.log(`room ${deps.name}: skipped ${skipped} undecodable stored updates`);
  }

  function finishBuild(skipped: number): void {
    reportSkipped(skipped);
    stored = undefined;
    storedFrames = undefined;
    if (destroyed) return void heldBack.splice(0);
    for (const run of heldBack.splice(0)) {
      try {
        run();
      } catch (error) {
        deps.log(`room ${deps.name}: could not apply a message from another instance: ${String(error)}`);
      }
    }
    const step1 = syncStep1Frame(doc);
    const saved = encodeSaved(Y.encodeStateVector(doc));
    for (const connection of awaitingStep1) {
      connection.send(step1);
      if (connection.ack) connection.send(saved);
    }
    awaitingStep1.clear();
  }

  // Set once `ready` resolves, not by finishBuild: should that throw halfway, the room must not pass for ready.
  let whole = typeof built === 'number';
  const ready =
    typeof built === 'number'
      ? (reportSkipped(built), Promise.resolve())
      : built.then(finishBuild).then(() => void (whole = true));

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
    remoteAwarenessIds,
    ready,
    isReady: () => whole,

    sendStored(connection) {
      if (!stored) return false;
      storedFrames ??= stored.map((part, index) =>
        index === 0 ? syncStep2FrameOf(part) : updateFrame(part),
      );
      for (const frame of storedFrames) connection.send(frame);
      return true;
    },

    join(connection) {
      connections.add(connection);
      if (stored) awaitingStep1.add(connection);
      else connection.send(syncStep1Frame(doc));
      const states = [...awareness.getStates().keys()];
      if (states.length > 0) connection.send(awarenessFrame(awareness, states));
    },

    leave(connection) {
      connections.delete(connection);
      awaitingAck.delete(connection);
      awaitingStep1.delete(connection);
      if (connection.awarenessIds.size > 0) {
        awarenessProtocol.removeAwarenessStates(awareness, [...connection.awarenessIds], null);
      }
    },

    refusals,
    judged,

    acceptedClock: (client) => Math.max(Y.getState(doc.store, client), queuedEnds.get(client) ?? 0),

    addRefusals(added, share) {
      const fresh = mergeRefusals(refusals, added);
      if (share && !isEmptyRefusals(fresh)) deps.onRefused(room, fresh);
      return fresh;
    },

    exceedsBudget(update) {
      const writers = new Set<number>();
      for (const struct of update.structs) {
        const client = struct.id.client;
        if (!doc.store.clients.has(client) && !queuedEnds.has(client)) writers.add(client);
      }
      let queuedWriters = 0;
      for (const client of queuedEnds.keys()) if (!doc.store.clients.has(client)) queuedWriters += 1;
      const totalWriters = doc.store.clients.size + queuedWriters + writers.size;
      if (writers.size > 0 && totalWriters > deps.limits.maxRoomWriters)
        return `${totalWriters} writers would pass the room's budget of ${deps.limits.maxRoomWriters}`;
      const structs = weight.weigh() + queuedWeight + weighUpdateStructs(update.structs);
      if (update.structs.length > 0 && structs > deps.limits.maxRoomStructs)
        return `${Math.ceil(structs)} items (deleted ones counting half) would pass the room's budget of ${deps.limits.maxRoomStructs}`;
      return undefined;
    },

    exceedsDocBytes: (bytes) => storedBytes + pendingBytes + bytes > deps.limits.maxDocBytes,

    submit(connection, update, decoded) {
      if (room.exceedsDocBytes(update.byteLength)) {
        judged?.invalidate();
        connection?.close('documentTooLarge');
        return Promise.resolve(false);
      }
      const { structs } = decoded ?? Y.decodeUpdate(update);
      const structsWeight = weighUpdateStructs(structs);
      const ends = new Map<number, number>();
      for (const struct of structs) {
        const end = struct.id.clock + struct.length;
        if (end > (ends.get(struct.id.client) ?? 0)) ends.set(struct.id.client, end);
      }
      for (const [client, end] of ends) {
        if (end > (queuedEnds.get(client) ?? 0)) queuedEnds.set(client, end);
      }
      // Once stored (or failed) the update no longer counts as queued: what `doc` holds speaks for itself, and
      // items Yjs keeps pending (their origin is missing) must not count as accepted when a client sends them again.
      const unqueue = () => {
        for (const [client, end] of ends) if (queuedEnds.get(client) === end) queuedEnds.delete(client);
      };
      queuedWeight += structsWeight;
      pendingBytes += update.byteLength;
      queued.add(update);
      // A server-side change (connection null) was not judged, so the copy has not seen it yet.
      if (connection === null) judged?.heard(update);
      let settle: (stored: boolean) => void = () => undefined;
      const settled = new Promise<boolean>((resolve) => (settle = resolve));
      deps.writes.enqueue({
        room: deps.name,
        update,
        onStored() {
          queued.delete(update);
          unqueue();
          pendingBytes -= update.byteLength;
          queuedWeight -= structsWeight;
          storedBytes += update.byteLength;
          logLength += 1;
          try {
            integrate(update, connection);
          } catch {
            // Yjs can throw on garbage that dispatch's checks let through; that must close only its sender,
            // never break the shared write queue (and with it the server) for everyone.
            connection?.close('malformedMessage');
          }
          deps.fanout.publish({ room: deps.name, kind: FANOUT_KIND.update, payload: update });
          if (connection?.ack && connections.has(connection)) {
            if (awaitingAck.size === 0) queueMicrotask(sendAcks);
            awaitingAck.add(connection);
          }
          deps.onStored(room);
          settle(true);
        },
        onFailed() {
          queued.delete(update);
          unqueue();
          judged?.invalidate();
          pendingBytes -= update.byteLength;
          queuedWeight -= structsWeight;
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
      whenBuilt(() => {
        if (message.kind === FANOUT_KIND.update) {
          storedBytes += message.payload.byteLength;
          integrate(message.payload, REMOTE_ORIGIN);
        } else if (message.kind === FANOUT_KIND.awareness) {
          awarenessProtocol.applyAwarenessUpdate(awareness, message.payload, REMOTE_ORIGIN);
        } else if (message.kind === FANOUT_KIND.refused) {
          mergeRefusals(refusals, decodeRefusals(message.payload));
        }
      });
    },

    applyStoredState(state) {
      whenBuilt(() => integrate(state, REMOTE_ORIGIN, false));
    },

    destroy() {
      destroyed = true;
      judged?.destroy();
      awareness.destroy();
      doc.destroy();
    },
  };
  return room;
}

/** Whether a transaction added or deleted anything (an update may repeat what the document has). */
function gainedContent({ beforeState, afterState, deleteSet }: Y.Transaction): boolean {
  if (deleteSet.clients.size > 0) return true;
  for (const [client, clock] of afterState) if (beforeState.get(client) !== clock) return true;
  return false;
}

/** Whether the document holds edits it cannot integrate yet, because edits they build on are missing. */
function hasWaiting(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Sends the saved acknowledgement right away, e.g. after a client's first sync step. */
export function sendSaved(room: Room, connection: Connection): void {
  if (connection.ack) connection.send(encodeSaved(Y.encodeStateVector(room.doc)));
}
