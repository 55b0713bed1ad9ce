// Refusing a document update: remembered for every instance, answered to its sender, never stored or relayed.
import type * as Y from 'yjs';
import {
  encodePermissionDenied,
  encodeRefused,
  permissionDeniedText,
  type CloseName,
  type RefusalReason,
} from '@prozesswerk/protocol';
import type { Connection } from './connection.ts';
import { countDeletions, refusalsOf } from './refused-ranges.ts';
import type { Room } from './room.ts';
import type { SyncMetrics } from './sync-metrics.ts';

export type Verdict = {
  reason: RefusalReason;
  detail: string;
  /** For limits and ended access: the socket is closed after the answer. */
  close?: CloseName;
};

// A client that has many refusals remembered in one connection is not an honest one resending: each refusal from a
// new writer is a row in storage, so past this the socket is closed (a resend of what is known adds nothing).
const MAX_NEW_REFUSALS_PER_SOCKET = 1000;

export function refuseUpdate(
  context: { room: Room; connection: Connection; metrics: SyncMetrics },
  update: ReturnType<typeof Y.decodeUpdate>,
  verdict: Verdict,
): void {
  const { room, connection, metrics } = context;
  metrics.updatesDenied.inc({ reason: verdict.reason });
  const refused = refusalsOf(update, room.doc, (client) => room.acceptedClock(client));
  const fresh = room.addRefusals(refused, true);
  connection.newRefusals += fresh.deadFrom.size + fresh.deletions.size;
  connection.send(
    connection.wantsRefusals
      ? encodeRefused({
          reason: verdict.reason,
          detail: verdict.detail,
          writers: writersOf(update, room),
          deletedItems: countDeletions(refused),
        })
      : encodePermissionDenied(permissionDeniedText(verdict.reason)),
  );
  if (verdict.close) connection.close(verdict.close);
  else if (connection.newRefusals > MAX_NEW_REFUSALS_PER_SOCKET) connection.close('rateLimited');
}

/** The writers of the update the room now refuses, each with its first refused clock. */
function writersOf(
  update: ReturnType<typeof Y.decodeUpdate>,
  room: Room,
): { client: number; fromClock: number }[] {
  const writers = new Map<number, number>();
  for (const struct of update.structs) {
    const from = room.refusals.deadFrom.get(struct.id.client);
    if (from !== undefined) writers.set(struct.id.client, from);
  }
  return [...writers].map(([client, fromClock]) => ({ client, fromClock }));
}
