// What a room's Yjs structs weigh against its memory budget (MAX_ROOM_STRUCTS): a live item one, a deleted one half.
import * as Y from 'yjs';

/**
 * What a deleted struct weighs against a live item. On the server's document (gc on) a deleted map value is still an
 * `Item` (112 bytes) with its id (40) and a `ContentDeleted` (32): ~180–210 bytes in all, where a live item costs
 * ~400–500 and a live Y.Map ~630–710; the `GC` struct that replaces what a deleted node held, ~100. Deleted structs
 * must stay (a concurrent edit refers to them) and rarely merge (moving a node overwrites `x` and `y`, whose old
 * values are never neighbours), so a map that is used for years gathers them. See docs/architecture.md.
 */
export const DELETED_STRUCT_WEIGHT = 0.5;

export type StructWeight = {
  /**
   * The document's structs in live items, deleted ones at DELETED_STRUCT_WEIGHT: never less than they weigh, and
   * exactly it while every live struct is one clock long (map values; a text run counts as its length, at most as
   * one live item per struct). A step per writer, like Yjs's own state vector per transaction.
   */
  weigh(): number;
};

/**
 * Counts the deleted clocks of `doc` as its transactions delete or bring them, from its first transaction on: the
 * deletions a transaction made (including items that arrive deleted), and the structs that arrive collected (`GC`:
 * from a stored state, an offline client's deleted edits, or edits to what was collected already).
 */
export function trackStructWeight(doc: Y.Doc): StructWeight {
  let deletedClocks = 0;
  doc.on('afterTransaction', ({ deleteSet, beforeState, afterState }: Y.Transaction) => {
    for (const ranges of deleteSet.clients.values()) for (const range of ranges) deletedClocks += range.len;
    // Before the transaction's cleanup: collected here are only structs that arrived so, never deletions above.
    for (const [client, clock] of afterState) {
      const before = beforeState.get(client) ?? 0;
      const structs = doc.store.clients.get(client);
      if (clock === before || !structs) continue;
      for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
        const struct = structs[index];
        if (struct instanceof Y.GC) deletedClocks += struct.length;
      }
    }
  });
  return {
    weigh() {
      let structs = 0;
      let clocks = 0;
      for (const list of doc.store.clients.values()) {
        structs += list.length;
        const last = list[list.length - 1];
        if (last) clocks += last.id.clock + last.length;
      }
      // Live structs are at most the live clocks, so at least this many structs are deleted.
      const deleted = Math.max(0, structs - (clocks - deletedClocks));
      return structs - (1 - DELETED_STRUCT_WEIGHT) * deleted;
    },
  };
}

/**
 * What the structs of an update weigh before they are applied: those that arrive deleted (`ContentDeleted`, `GC`:
 * what a reconnecting client moved offline) at DELETED_STRUCT_WEIGHT, every other one as a live item. Whatever a
 * live one overwrites or deletes is lighter only once it is applied.
 */
export function weighUpdateStructs(structs: readonly (Y.Item | Y.GC | Y.Skip)[]): number {
  let weight = 0;
  for (const struct of structs) {
    const deleted =
      struct instanceof Y.GC || (struct instanceof Y.Item && struct.content instanceof Y.ContentDeleted);
    weight += deleted ? DELETED_STRUCT_WEIGHT : 1;
  }
  return weight;
}
