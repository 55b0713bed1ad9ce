// Keeps on each thread what its node or edge was called, so a thread whose element was deleted can still name it.
import type * as Y from 'yjs';
import { z } from 'zod';
import { MAX_LABEL_LENGTH, NODE_KINDS, type ReadNodeKind } from '../schema.ts';
import { snapshotAnchor, type AnchorMap } from './anchor.ts';
import type { AnchorSnapshot, ThreadAnchor } from './schema.ts';
import { anchorSchema } from './validate.ts';

export const ANCHOR_SNAPSHOT_KEY = 'anchorSnapshot';

/*
 * Called inside the transaction of a write to the thread (opening, replying, resolving): the
 * snapshot follows renames whenever someone works on the thread, at no extra write of its own,
 * and no client has to watch the map for renames. Not written when the element is already gone
 * (the last known name stays) or nothing changed. One plain value, so concurrent refreshes from
 * peers with different views of the map converge to one of them, never to a mix.
 */
export function refreshAnchorSnapshot(thread: Y.Map<unknown>, map: AnchorMap): void {
  const anchor = anchorSchema.safeParse(thread.get('anchor'));
  if (!anchor.success) return;
  const snapshot = snapshotAnchor(anchor.data, map);
  if (snapshot === undefined) return;
  if (sameSnapshot(readAnchorSnapshot(thread.get(ANCHOR_SNAPSHOT_KEY), anchor.data), snapshot)) return;
  thread.set(ANCHOR_SNAPSHOT_KEY, snapshot);
}

const labelSchema = z.string().transform((label) => label.slice(0, MAX_LABEL_LENGTH));
const storedSnapshotSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('node'), kind: z.string(), label: labelSchema }),
  z.object({ type: z.literal('edge'), label: labelSchema, from: labelSchema, to: labelSchema }),
]);

/*
 * Tolerant like the rest of the reader: a missing (older thread), malformed or foreign value, or
 * one of another element type than the anchor, reads as no snapshot; a node kind this code does
 * not know reads as 'unknown'. Only known keys are kept.
 */
export function readAnchorSnapshot(value: unknown, anchor: ThreadAnchor): AnchorSnapshot | undefined {
  const parsed = storedSnapshotSchema.safeParse(value);
  if (!parsed.success || parsed.data.type !== anchor.type) return undefined;
  const stored = parsed.data;
  if (stored.type === 'edge') return { type: 'edge', label: stored.label, from: stored.from, to: stored.to };
  const kind = (NODE_KINDS as readonly string[]).includes(stored.kind)
    ? (stored.kind as ReadNodeKind)
    : 'unknown';
  return { type: 'node', kind, label: stored.label };
}

function sameSnapshot(a: AnchorSnapshot | undefined, b: AnchorSnapshot): boolean {
  if (a === undefined || a.type !== b.type || a.label !== b.label) return false;
  if (a.type === 'node' && b.type === 'node') return a.kind === b.kind;
  return a.type === 'edge' && b.type === 'edge' && a.from === b.from && a.to === b.to;
}
