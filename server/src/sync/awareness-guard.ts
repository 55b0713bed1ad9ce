// Awareness from a socket, checked before it is applied and relayed: only its own client ids, a clean state, and
// the identity the server knows (see cleanAwarenessState in packages/protocol).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import {
  MAX_AWARENESS_IDS_PER_SOCKET,
  MAX_AWARENESS_MESSAGE_BYTES,
  cleanAwarenessState,
} from '@prozesswerk/protocol';
import type { Connection } from './connection.ts';
import type { Room } from './room.ts';

export type AwarenessVerdict =
  { ok: true; update: Uint8Array } | { ok: false; why: 'too-large' | 'not-own-id' };

/**
 * The awareness update to apply, with every state cleaned; or why it is refused (it is then neither applied nor
 * relayed). Throws on an update that cannot be decoded (the caller closes the socket as malformed).
 */
export function guardAwareness(room: Room, connection: Connection, update: Uint8Array): AwarenessVerdict {
  if (update.byteLength > MAX_AWARENESS_MESSAGE_BYTES) return { ok: false, why: 'too-large' };
  const decoder = decoding.createDecoder(update);
  const entries: { clientId: number; clock: number; state: unknown }[] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(decoder)) as unknown });
  }
  const claimed = new Set(connection.awarenessIds);
  for (const { clientId } of entries) {
    if (claimed.has(clientId)) continue;
    if (isOwnedByOther(room, connection, clientId) || claimed.size >= MAX_AWARENESS_IDS_PER_SOCKET)
      return { ok: false, why: 'not-own-id' };
    claimed.add(clientId);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    const clean = state === null ? null : cleanAwarenessState(state, connection.identity);
    if (clean === undefined) return { ok: false, why: 'too-large' };
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(clean));
  }
  return { ok: true, update: encoding.toUint8Array(encoder) };
}

function isOwnedByOther(room: Room, connection: Connection, clientId: number): boolean {
  if (room.remoteAwarenessIds.has(clientId)) return true;
  for (const other of room.connections)
    if (other !== connection && other.awarenessIds.has(clientId)) return true;
  return false;
}
