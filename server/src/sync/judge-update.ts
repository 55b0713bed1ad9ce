// Whether the server takes a client's document update: every reason to refuse one, checked in order.
import * as Y from 'yjs';
import type { DiscussionWriter } from '@prozesswerk/process-model';
import { atLeast, mayWrite } from '@prozesswerk/protocol';
import type { Connection } from './connection.ts';
import { aliveRanges, repeatsRefused } from './refused-ranges.ts';
import type { Verdict } from './refuse.ts';
import type { Room } from './room.ts';

export type UpdateContext = {
  room: Room;
  connection: Connection;
  /** Whether the session document currently locks the map for this process. */
  isMapLocked(): boolean;
};

/**
 * Undefined when the update may be stored. `resend` marks a sync step 2, in which a document sends everything the
 * server lacks, including its whole delete set (see repeatsRefused).
 */
export function judgeUpdate(
  { room, connection, isMapLocked }: UpdateContext,
  update: ReturnType<typeof Y.decodeUpdate>,
  raw: Uint8Array,
  resend: boolean,
): Verdict | undefined {
  if (connection.endsAt !== null && Date.now() >= connection.endsAt) {
    return {
      reason: 'access-ended',
      detail: 'the session or guest link expired',
      close: 'credentialExpired',
    };
  }
  const decision = mayWrite(connection.role, room.address.channel, isMapLocked());
  if (!decision.allowed) {
    return {
      reason: decision.reason,
      detail:
        decision.reason === 'map-locked'
          ? 'the map is locked; only facilitators and admins may change it'
          : `the ${connection.role} role may not write the ${room.address.channel}`,
    };
  }
  const repeated = repeatsRefused(room.refusals, update, room.doc, resend);
  if (repeated) return { reason: 'builds-on-refused', detail: `refused before: ${repeated}` };
  if (room.exceedsDocBytes(raw.byteLength)) {
    return {
      reason: 'document-too-large',
      detail: 'storing it would grow the document past MAX_DOC_BYTES',
      close: 'documentTooLarge',
    };
  }
  const overBudget = room.exceedsBudget(update);
  if (overBudget) return { reason: 'room-over-budget', detail: overBudget, close: 'roomOverBudget' };
  // Last: it applies the update to the room's judged copy, which only an update that passed everything else may reach.
  return room.judged?.judge(raw, discussionWriter(connection), Date.now());
}

/** Who writes, from the socket's credential: the discussion never takes a name or an author from the client. */
export function discussionWriter({ identity, orgs, role }: Connection): DiscussionWriter {
  return { id: identity.personId, name: identity.name, orgs, moderator: atLeast(role, 'facilitator') };
}

/**
 * Whether the update holds nothing the room lacks: items its document holds, and deletions of items it holds and
 * has deleted. A sync step 2 always carries the document's whole delete set, so a viewer, or an editor
 * reconnecting while the map is locked, sends one on every reconnect; that is no write, and refusing it would
 * tell the person a change was lost that they never made.
 *
 * Only what the document has integrated counts, never what is queued for storage: a queued update may leave items
 * pending (their origin missing, or forged), and a resend of the same clocks must then still reach the document,
 * or the room keeps what nobody's screen shows. Resending what is merely queued is judged and stored once more,
 * which Yjs takes as a no-op.
 */
export function addsNothing(update: ReturnType<typeof Y.decodeUpdate>, room: Room): boolean {
  for (const struct of update.structs) {
    if (struct.id.clock + struct.length > Y.getState(room.doc.store, struct.id.client)) return false;
  }
  for (const [client, ranges] of update.ds.clients) {
    const held = Y.getState(room.doc.store, client);
    for (const range of ranges) {
      if (range.clock + range.len > held || aliveRanges(room.doc, client, range).length > 0) return false;
    }
  }
  return true;
}
