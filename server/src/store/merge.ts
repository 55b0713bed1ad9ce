// Merging a stored state with its log tail into one update, tolerating corrupt entries.
import * as Y from 'yjs';

export type MergeResult = { merged: Uint8Array; skipped: number };

/** Merges state and updates; an entry that cannot be decoded is skipped and counted, never fatal. */
export function mergeStoredUpdates(parts: readonly Uint8Array[]): MergeResult {
  if (parts.length === 0) return { merged: Y.encodeStateAsUpdate(new Y.Doc()), skipped: 0 };
  try {
    return { merged: Y.mergeUpdates(parts as Uint8Array[]), skipped: 0 };
  } catch {
    // One bad entry must not make a whole process unreadable: keep every entry that decodes on its own.
    const good = parts.filter(decodes);
    return { merged: Y.mergeUpdates(good), skipped: parts.length - good.length };
  }
}

function decodes(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}
