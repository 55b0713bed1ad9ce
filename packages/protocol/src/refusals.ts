// Why the server refused a document update, and the message that tells a client so (see docs/architecture.md).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { DenyReason } from './roles.ts';

/**
 * Every reason the server refuses an update for. A refused update is never stored, relayed or accepted later:
 * the document that made it must be rebuilt from the server's state under a new client id.
 */
export const REFUSAL_REASONS = [
  /** The socket's role may not write this channel. */
  'read-only-role',
  /** A facilitator locked the map. */
  'map-locked',
  /** The credential the socket stood on expired, was revoked or signed out. */
  'access-ended',
  /** The update repeats or builds on changes the server refused before. */
  'builds-on-refused',
  /** Storing it would grow the document past MAX_DOC_BYTES. */
  'document-too-large',
  /** Holding it would grow the room past its memory budget (structs or writers). */
  'room-over-budget',
  /** It writes, changes or deletes a comment, reaction or vote in another person's name. */
  'discussion-not-author',
  /** It changes or reopens another person's resolution (only facilitators and admins may). */
  'discussion-not-moderator',
  /**
   * It changes what nobody may change (authorship, creation times, anchors), removes a thread or comment, gives a
   * time far from the server's clock, writes outside threads and votes, or builds on changes the server lacks.
   */
  'discussion-immutable',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const DENY_REASONS: readonly DenyReason[] = ['read-only-role', 'map-locked'];
export const isDenyReason = (reason: RefusalReason): reason is DenyReason =>
  (DENY_REASONS as readonly string[]).includes(reason);

/** The URL parameter (`?refusals=1`) by which a client asks for `refused` messages instead of permission-denied. */
export const REFUSALS_PARAM = 'refusals';

export type Refusal = {
  reason: RefusalReason;
  /** One English sentence for logs and developers; the client words its own message from `reason`. */
  detail: string;
  /**
   * The writers (Y.Doc client ids) the refusal concerns and the first clock of each the server will never accept:
   * that change and everything the same document writes after it.
   */
  writers: { client: number; fromClock: number }[];
  /** How many items the update would have deleted that stay in the document. */
  deletedItems: number;
};

/** Message type number 101 (see MESSAGE in messages.ts); stock clients never receive it. */
export const MESSAGE_REFUSED = 101;

export function encodeRefused(refusal: Refusal): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_REFUSED);
  encoding.writeVarString(encoder, refusal.reason);
  encoding.writeVarString(encoder, refusal.detail);
  encoding.writeVarUint(encoder, refusal.writers.length);
  for (const { client, fromClock } of refusal.writers) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, fromClock);
  }
  encoding.writeVarUint(encoder, refusal.deletedItems);
  return encoding.toUint8Array(encoder);
}

/** Decodes the body of a refused message (after its type); an unknown reason reads as `builds-on-refused`. */
export function decodeRefusedBody(decoder: decoding.Decoder): Refusal {
  const reasonText = decoding.readVarString(decoder);
  const reason = (REFUSAL_REASONS as readonly string[]).includes(reasonText)
    ? (reasonText as RefusalReason)
    : 'builds-on-refused';
  const detail = decoding.readVarString(decoder);
  const writers: Refusal['writers'] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    writers.push({ client: decoding.readVarUint(decoder), fromClock: decoding.readVarUint(decoder) });
  }
  return { reason, detail, writers, deletedItems: decoding.readVarUint(decoder) };
}
