// Merging a stored state with its log tail into one update, tolerating corrupt entries.
import * as Y from 'yjs';

export type MergeResult = { merged: Uint8Array; skipped: number };

/**
 * Replays state and updates in log order into one document, as the live room applied them, and encodes it.
 * Y.mergeUpdates is not enough: when a faulty or hostile client sent two versions of the same items, the live
 * room kept the version it could integrate first, while the merge may keep another, so a reload would lose
 * edits that every client had seen. An entry that cannot be decoded or applied is skipped and counted, never fatal.
 */
export function mergeStoredUpdates(parts: readonly Uint8Array[]): MergeResult {
  const doc = new Y.Doc();
  let skipped = 0;
  for (const part of parts) {
    try {
      Y.applyUpdate(doc, part);
    } catch {
      // One bad entry must not make a whole process unreadable; what it integrated before failing stays, as live.
      skipped += 1;
    }
  }
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { merged, skipped };
}
