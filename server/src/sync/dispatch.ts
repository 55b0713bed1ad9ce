// Decodes one client frame and acts on the room; throws MalformedMessage for anything it cannot read.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { MESSAGE } from '@prozesswerk/protocol';
import type { Connection } from './connection.ts';
import { guardAwareness } from './awareness-guard.ts';
import { awarenessFrame, syncStep2Frame } from './frames.ts';
import { addsNothing, judgeUpdate } from './judge-update.ts';
import { refuseUpdate } from './refuse.ts';
import { sendSaved, type Room } from './room.ts';
import type { SyncMetrics } from './sync-metrics.ts';

export class MalformedMessage extends Error {}

export type DispatchContext = {
  room: Room;
  connection: Connection;
  metrics: SyncMetrics;
  /** Whether the session document currently locks the map for this process. */
  isMapLocked(): boolean;
};

export function dispatchFrame(context: DispatchContext, frame: Uint8Array): void {
  const decoder = decoding.createDecoder(frame);
  let type: number;
  try {
    type = decoding.readVarUint(decoder);
  } catch {
    throw new MalformedMessage('empty frame');
  }
  switch (type) {
    case MESSAGE.sync:
      context.metrics.messagesReceived.inc({ type: 'sync' });
      return handleSync(context, decoder);
    case MESSAGE.awareness:
      context.metrics.messagesReceived.inc({ type: 'awareness' });
      return handleAwareness(context, readBytes(decoder));
    case MESSAGE.queryAwareness: {
      context.metrics.messagesReceived.inc({ type: 'query-awareness' });
      const states = [...context.room.awareness.getStates().keys()];
      if (states.length > 0) context.connection.send(awarenessFrame(context.room.awareness, states));
      return;
    }
    default:
      throw new MalformedMessage(`unknown message type ${type}`);
  }
}

/**
 * While the room's document is still building (Room.ready): answers a client's sync step 1 from storage when the
 * client has nothing yet, and returns true; returns false for any other frame, which must wait for the document.
 */
export function answerWhileBuilding(
  context: Pick<DispatchContext, 'room' | 'connection' | 'metrics'>,
  frame: Uint8Array,
): boolean {
  const decoder = decoding.createDecoder(frame);
  try {
    if (decoding.readVarUint(decoder) !== MESSAGE.sync) return false;
    if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep1) return false;
    if (Y.decodeStateVector(decoding.readVarUint8Array(decoder)).size > 0) return false;
  } catch {
    // Whatever is wrong with it is found and answered once the document is ready.
    return false;
  }
  if (!context.room.sendStored(context.connection)) return false;
  context.metrics.messagesReceived.inc({ type: 'sync' });
  return true;
}

function handleSync(context: DispatchContext, decoder: decoding.Decoder): void {
  const { room, connection } = context;
  const syncType = readUint(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1: {
      const stateVector = readBytes(decoder);
      let reply: Uint8Array;
      try {
        reply = syncStep2Frame(room.doc, stateVector);
      } catch {
        throw new MalformedMessage('invalid state vector');
      }
      connection.send(reply);
      sendSaved(room, connection);
      return;
    }
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate: {
      const update = readBytes(decoder);
      const decoded = decodeWhole(update);
      if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
      // Nothing new (a reconnect's delete set the room already holds): no write to judge; the ack says so.
      if (addsNothing(decoded, room)) return sendSaved(room, connection);
      const resend = syncType === syncProtocol.messageYjsSyncStep2;
      const verdict = judgeUpdate(context, decoded, update, resend);
      if (verdict) return refuseUpdate(context, decoded, verdict);
      void room.submit(connection, update, decoded);
      return;
    }
    default:
      throw new MalformedMessage(`unknown sync message type ${syncType}`);
  }
}

function handleAwareness({ room, connection, metrics }: DispatchContext, update: Uint8Array): void {
  let verdict: ReturnType<typeof guardAwareness>;
  try {
    verdict = guardAwareness(room, connection, update);
  } catch {
    throw new MalformedMessage('invalid awareness update');
  }
  if (!verdict.ok) return void metrics.awarenessRefused.inc({ reason: verdict.why });
  try {
    awarenessProtocol.applyAwarenessUpdate(room.awareness, verdict.update, connection);
  } catch {
    throw new MalformedMessage('invalid awareness update');
  }
}

/** Decodes the whole update so garbage never reaches storage. */
function decodeWhole(update: Uint8Array): ReturnType<typeof Y.decodeUpdate> {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new MalformedMessage('undecodable document update');
  }
  rejectUnintegrable(decoded);
  return decoded;
}

/**
 * Yjs decodes some updates that it then fails to apply, throwing mid-transaction — on the server that is
 * after the update is stored, and the stored update would fail every later load of the room. No Yjs client
 * writes them: an item whose left, right or parent is a later clock of its own client, and empty structs or
 * empty delete ranges.
 */
function rejectUnintegrable({ structs, ds }: ReturnType<typeof Y.decodeUpdate>): void {
  for (const struct of structs) {
    if (struct.length < 1) throw new MalformedMessage('empty struct in update');
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent instanceof Y.ID ? struct.parent : null;
    for (const ref of [struct.origin, struct.rightOrigin, parent]) {
      if (ref && ref.client === struct.id.client && ref.clock >= struct.id.clock) {
        throw new MalformedMessage('update refers to its own future');
      }
    }
  }
  for (const ranges of ds.clients.values()) {
    if (ranges.some((range) => range.len < 1)) throw new MalformedMessage('empty delete range in update');
  }
}

function readUint(decoder: decoding.Decoder): number {
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new MalformedMessage('truncated frame');
  }
}

function readBytes(decoder: decoding.Decoder): Uint8Array {
  try {
    return decoding.readVarUint8Array(decoder);
  } catch {
    throw new MalformedMessage('truncated frame');
  }
}
