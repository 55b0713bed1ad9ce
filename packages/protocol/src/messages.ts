// Message types on a sync socket: the y-websocket ones plus our own, with encode/decode for ours.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** y-websocket's numbering; stock clients understand 0–3. */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  /** y-protocols/auth: carries permission-denied with a reason; stock clients log it and stay connected. */
  auth: 2,
  queryAwareness: 3,
  /** Ours: the server's stored state vector after a write; sent only to sockets that asked with `?ack=1`. */
  saved: 100,
  /** Ours: an update was refused, with reason and writers (refusals.ts); sent only to sockets with `?refusals=1`. */
  refused: 101,
} as const;
export type MessageType = (typeof MESSAGE)[keyof typeof MESSAGE];

/** y-protocols/auth sub-type for permission denied. */
export const AUTH_PERMISSION_DENIED = 0;

export function encodeSaved(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.saved);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Decodes the body of a saved message (after its type) into the stored state vector. */
export function decodeSavedBody(decoder: decoding.Decoder): Uint8Array {
  return decoding.readVarUint8Array(decoder);
}

export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.auth);
  encoding.writeVarUint(encoder, AUTH_PERMISSION_DENIED);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/**
 * Permission-denied reasons are `permission-denied:<reason>` so a client can map them to a message; the reason is
 * one of REFUSAL_REASONS. Stock y-websocket clients log it and stay connected.
 */
export function permissionDeniedText(reason: string): string {
  return `permission-denied:${reason}`;
}
