// A loaded room's document standing in for a merge of its stored parts, when it provably holds every one of them.
import * as Y from 'yjs';

/** What a compaction may use instead of replaying the stored parts (see DocStore.compact). */
export type LiveCopy = {
  /** The document's state as one update if it holds everything `parts` add and delete; otherwise undefined. */
  encodeIfHolds(parts: readonly Uint8Array[]): Uint8Array | undefined;
};

/**
 * Up to this many stored bytes the parts are checked on the server's thread (decoding ~1 ms per 50 KiB); beyond, the
 * merge worker replays them as before.
 */
const MAX_CHECKED_BYTES = 256 * 1024;

/**
 * A routine compaction used to replay the room's state and its last few hundred edits in a worker thread, whose
 * memory (~24 MiB) stayed for as long as compactions came. The loaded room already holds that state, so it is
 * encoded instead — but only when every part's items are integrated in the document (its state vector covers them;
 * nothing waits for missing edits) and every range a part deletes is deleted there. Anything else (an entry another
 * process wrote that has not arrived yet, a document still building, an undecodable entry) leaves it to the merge.
 * The document may hold more than the parts (edits stored after them); the state then repeats what stays in the log,
 * and applying an update twice changes nothing.
 */
export function liveCopyOf(doc: Y.Doc): LiveCopy {
  return {
    encodeIfHolds(parts) {
      let bytes = 0;
      for (const part of parts) bytes += part.byteLength;
      if (bytes > MAX_CHECKED_BYTES || !holdsAll(doc, parts)) return undefined;
      return Y.encodeStateAsUpdate(doc);
    },
  };
}

export function holdsAll(doc: Y.Doc, parts: readonly Uint8Array[]): boolean {
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return false;
  const held = Y.snapshot(doc);
  return parts.every((part) => {
    try {
      return Y.snapshotContainsUpdate(held, part);
    } catch {
      return false;
    }
  });
}
