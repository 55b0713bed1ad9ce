// What a room has refused, so that no later message (a resend, a reconnect, another instance) gets it accepted.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { readClockRanges, writeClockRanges, type ClockRange } from '../store/clock-ranges.ts';
import type { RefusalRecord } from '../store/store.ts';

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Yjs numbers each writer's (Y.Doc client id's) changes with consecutive clocks, and a change cannot be applied
 * before all earlier clocks of its writer. So once the server refuses clock k of a writer, that writer's clocks
 * from k on can never be accepted: `deadFrom` holds that first refused clock per writer. Deletions carry no writer,
 * so the items a refused update would have deleted are kept as ranges and checked when a document resends its
 * whole delete set (sync step 2): see `repeatsRefused`.
 */
export type RoomRefusals = {
  deadFrom: Map<number, number>;
  deletions: Map<number, ClockRange[]>;
};

export const createRoomRefusals = (): RoomRefusals => ({ deadFrom: new Map(), deletions: new Map() });

export function isEmptyRefusals(refusals: RoomRefusals): boolean {
  return refusals.deadFrom.size === 0 && refusals.deletions.size === 0;
}

/** Adds `from` to `into`; returns what was new to `into` (empty when `from` was already known). */
export function mergeRefusals(into: RoomRefusals, from: RoomRefusals): RoomRefusals {
  const fresh = createRoomRefusals();
  for (const [client, clock] of from.deadFrom) {
    const known = into.deadFrom.get(client);
    if (known !== undefined && known <= clock) continue;
    into.deadFrom.set(client, clock);
    fresh.deadFrom.set(client, clock);
  }
  for (const [client, ranges] of from.deletions) {
    const known = into.deletions.get(client) ?? [];
    const added = ranges.filter((range) => !covered(known, range));
    if (added.length === 0) continue;
    into.deletions.set(client, normalise([...known, ...added]));
    fresh.deletions.set(client, added);
  }
  return fresh;
}

/**
 * Why this update can never be accepted because of earlier refusals, or undefined. It is refused when it holds a
 * change of a dead writer at or past its dead clock, refers to such a change (inserts next to it, into it, or
 * deletes it), or — when it is a resend of a document's state (`resend`) — deletes items whose deletion was
 * refused and that are still in the document. A deliberate delete sent later as an ordinary update is judged on
 * its own, so a person who rebuilt their document from the server's state can still delete those items.
 */
export function repeatsRefused(
  refusals: RoomRefusals,
  update: DecodedUpdate,
  doc: Y.Doc,
  resend: boolean,
): string | undefined {
  const dead = (client: number, clock: number) => {
    const from = refusals.deadFrom.get(client);
    return from !== undefined && clock >= from;
  };
  if (refusals.deadFrom.size > 0) {
    for (const struct of update.structs) {
      const { client, clock } = struct.id;
      if (dead(client, clock + struct.length - 1))
        return `writer ${client} was refused from clock ${refusals.deadFrom.get(client)}`;
      if (!(struct instanceof Y.Item)) continue;
      const parent = struct.parent instanceof Y.ID ? struct.parent : null;
      for (const ref of [struct.origin, struct.rightOrigin, parent]) {
        if (ref && dead(ref.client, ref.clock))
          return `it builds on a refused change of writer ${ref.client}`;
      }
    }
    for (const [client, ranges] of update.ds.clients) {
      const from = refusals.deadFrom.get(client);
      if (from !== undefined && ranges.some((range) => range.clock + range.len > from))
        return `it deletes refused changes of writer ${client}`;
    }
  }
  if (!resend || refusals.deletions.size === 0) return undefined;
  for (const [client, ranges] of update.ds.clients) {
    const refused = refusals.deletions.get(client);
    if (!refused) continue;
    for (const range of ranges) {
      for (const overlap of intersect(refused, range)) {
        if (aliveRanges(doc, client, overlap).length > 0)
          return `it repeats a refused deletion of writer ${client}'s items`;
      }
    }
  }
  return undefined;
}

/**
 * What to remember of a refused update: for each writer, the first of its clocks the server does not hold (nor has
 * queued), if the update reaches past it; and the items it would have deleted that are alive in the document.
 */
export function refusalsOf(
  update: DecodedUpdate,
  doc: Y.Doc,
  acceptedClock: (client: number) => number,
): RoomRefusals {
  const refusals = createRoomRefusals();
  for (const struct of update.structs) {
    const { client, clock } = struct.id;
    const accepted = acceptedClock(client);
    if (clock + struct.length <= accepted) continue;
    const from = Math.max(clock, accepted);
    const known = refusals.deadFrom.get(client);
    if (known === undefined || from < known) refusals.deadFrom.set(client, from);
  }
  for (const [client, ranges] of update.ds.clients) {
    const alive = ranges.flatMap((range) => aliveRanges(doc, client, range));
    if (alive.length > 0) refusals.deletions.set(client, normalise(alive));
  }
  return refusals;
}

/** The parts of a writer's clock range that are items the document holds and has not deleted. */
export function aliveRanges(doc: Y.Doc, client: number, range: ClockRange): ClockRange[] {
  const structs = doc.store.clients.get(client);
  const end = range.clock + range.len;
  if (!structs || structs.length === 0 || range.clock >= Y.getState(doc.store, client)) return [];
  const alive: ClockRange[] = [];
  for (let index = Y.findIndexSS(structs, range.clock); index < structs.length; index++) {
    const struct = structs[index]!;
    if (struct.id.clock >= end) break;
    if (!(struct instanceof Y.Item) || struct.deleted) continue;
    const from = Math.max(struct.id.clock, range.clock);
    const to = Math.min(struct.id.clock + struct.length, end);
    const last = alive.at(-1);
    if (last && last.clock + last.len === from) last.len += to - from;
    else alive.push({ clock: from, len: to - from });
  }
  return alive;
}

/** Number of items in the ranges (for telling a client how many deletions it lost). */
export function countDeletions(refusals: RoomRefusals): number {
  let items = 0;
  for (const ranges of refusals.deletions.values()) for (const range of ranges) items += range.len;
  return items;
}

function intersect(ranges: readonly ClockRange[], range: ClockRange): ClockRange[] {
  const end = range.clock + range.len;
  const overlaps: ClockRange[] = [];
  for (const known of ranges) {
    const from = Math.max(known.clock, range.clock);
    const to = Math.min(known.clock + known.len, end);
    if (to > from) overlaps.push({ clock: from, len: to - from });
  }
  return overlaps;
}

function covered(ranges: readonly ClockRange[], range: ClockRange): boolean {
  return ranges.some(
    (known) => known.clock <= range.clock && known.clock + known.len >= range.clock + range.len,
  );
}

/** Sorted, with overlapping and touching ranges joined. */
function normalise(ranges: readonly ClockRange[]): ClockRange[] {
  const sorted = [...ranges].sort((a, b) => a.clock - b.clock);
  const joined: ClockRange[] = [];
  for (const range of sorted) {
    const last = joined.at(-1);
    if (last && range.clock <= last.clock + last.len)
      last.len = Math.max(last.len, range.clock + range.len - last.clock);
    else joined.push({ ...range });
  }
  return joined;
}

/** For the fan-out between instances. */
export function encodeRefusals(refusals: RoomRefusals): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, refusals.deadFrom.size);
  for (const [client, clock] of refusals.deadFrom) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  writeClockRanges(encoder, refusals.deletions);
  return encoding.toUint8Array(encoder);
}

export function decodeRefusals(payload: Uint8Array): RoomRefusals {
  const decoder = decoding.createDecoder(payload);
  const refusals = createRoomRefusals();
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    refusals.deadFrom.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
  }
  for (const [client, ranges] of readClockRanges(decoder)) refusals.deletions.set(client, ranges);
  return refusals;
}

/** The rows storage keeps (see RefusalRecord in store.ts). */
export function toRecords(refusals: RoomRefusals): RefusalRecord[] {
  const records: RefusalRecord[] = [];
  for (const [client, clock] of refusals.deadFrom) records.push({ client, clock, len: null });
  for (const [client, ranges] of refusals.deletions)
    for (const { clock, len } of ranges) records.push({ client, clock, len });
  return records;
}

export function fromRecords(records: readonly RefusalRecord[]): RoomRefusals {
  const refusals = createRoomRefusals();
  const deletions = createRoomRefusals();
  for (const { client, clock, len } of records) {
    if (len === null) mergeRefusals(refusals, { deadFrom: new Map([[client, clock]]), deletions: new Map() });
    else deletions.deletions.set(client, [...(deletions.deletions.get(client) ?? []), { clock, len }]);
  }
  mergeRefusals(refusals, deletions);
  return refusals;
}
