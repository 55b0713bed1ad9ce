// Merging a stored state with its log tail into one update, tolerating corrupt entries.
import { setImmediate } from 'node:timers/promises';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { StoredDoc } from './store.ts';

export type MergeResult = { merged: Uint8Array; skipped: number };

/**
 * Replays state and updates in log order into `doc`, as the live room applied them; returns how many were skipped.
 * Y.mergeUpdates is not enough: when a faulty or hostile client sent two versions of the same items, the live
 * room kept the version it could integrate first, while the merge may keep another, so a reload would lose
 * edits that every client had seen. An entry that cannot be decoded or applied is skipped and counted, never fatal.
 */
export function applyStoredUpdates(doc: Y.Doc, parts: readonly Uint8Array[]): number {
  let skipped = 0;
  for (const part of parts) {
    try {
      Y.applyUpdate(doc, part);
    } catch {
      // One bad entry must not make a whole process unreadable; what it integrated before failing stays, as live.
      skipped += 1;
    }
  }
  return skipped;
}

/** A room's stored parts in the order they apply: its compacted state (if any), then its log. */
export function storedParts(stored: Readonly<StoredDoc>): Uint8Array[] {
  return stored.state ? [stored.state, ...stored.updates] : stored.updates;
}

/** The stored parts of a room (state, then log) as one update; see applyStoredUpdates. */
export function mergeStoredUpdates(parts: readonly Uint8Array[]): MergeResult {
  const doc = new Y.Doc();
  const skipped = applyStoredUpdates(doc, parts);
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { merged, skipped };
}

/** Parts packed per event-loop turn: 100,000 at once held the loop for up to 100 ms. */
const PACK_PAGE = 2000;

/**
 * Many parts as one buffer, so that handing them to a worker thread copies nothing (the buffer is transferred);
 * packed a page per event-loop turn.
 */
export async function packParts(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, parts.length);
  for (let start = 0; start < parts.length; start += PACK_PAGE) {
    if (start > 0) await setImmediate();
    const end = Math.min(start + PACK_PAGE, parts.length);
    for (let i = start; i < end; i++) encoding.writeVarUint8Array(encoder, parts[i]!);
  }
  return encoding.toUint8Array(encoder);
}

export function unpackParts(packed: Uint8Array): Uint8Array[] {
  const decoder = decoding.createDecoder(packed);
  const count = decoding.readVarUint(decoder);
  return Array.from({ length: count }, () => decoding.readVarUint8Array(decoder));
}
