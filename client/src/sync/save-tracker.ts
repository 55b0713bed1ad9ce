// Counts this client's local changes that the server has not yet confirmed as stored, and what they touched.
import * as Y from 'yjs';

/*
 * A change that adds content raises this client's clock; it is stored once the server's stored state vector
 * (the saved acknowledgement) covers that clock. A deletion raises no clock: it is stored once the server's
 * delete set (in a sync step 2, which the server builds from stored updates only) holds the deleted items.
 * A map value that replaces another deletes the old one as part of the new item, so its clock covers it.
 */
type Range = { client: number; clock: number; len: number };
type Pending = { clock: number; deletes: Range[]; touched: string[] };
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

export type SaveTracker = {
  /** Number of local changes not yet stored. */
  unsaved(): number;
  /** The server stored everything up to this clock of our client. */
  onAck(storedClock: number): void;
  /** Whether a pending change is a deletion, which only the server's delete set can confirm. */
  awaitsDeletes(): boolean;
  /** The server's whole delete set, as its sync step 2 carries it. */
  onServerDeletes(deletes: DeleteSet): void;
  /** The top-level entries (`nodes/<id>`, `threads/<id>`) that changes not yet stored touched. */
  touched(): ReadonlySet<string>;
  destroy(): void;
};

// `transaction.local` covers our edits and our undos and redos, but not what the network or IndexedDB applied.
export function createSaveTracker(doc: Y.Doc, onChange: () => void): SaveTracker {
  let pending: Pending[] = [];
  let storedClock = 0;

  const afterTransaction = (transaction: Y.Transaction) => {
    if (!transaction.local) return;
    const before = transaction.beforeState.get(doc.clientID) ?? 0;
    const after = transaction.afterState.get(doc.clientID) ?? 0;
    const deletes = ownDeletions(transaction, before);
    if (after === before && deletes.length === 0) return;
    pending.push({ clock: after > before ? after : 0, deletes, touched: touchedEntries(doc, transaction) });
    onChange();
  };
  doc.on('afterTransaction', afterTransaction);

  function settle(): void {
    const before = pending.length;
    pending = pending.filter((entry) => entry.clock > storedClock || entry.deletes.length > 0);
    if (pending.length !== before) onChange();
  }

  return {
    unsaved: () => pending.length,
    onAck(clock) {
      storedClock = Math.max(storedClock, clock);
      settle();
    },
    awaitsDeletes: () => pending.some((entry) => entry.deletes.length > 0),
    onServerDeletes(deletes) {
      for (const entry of pending) {
        if (entry.deletes.length > 0)
          entry.deletes = entry.deletes.filter((range) => !covers(deletes, range));
      }
      settle();
    },
    touched: () => new Set(pending.flatMap((entry) => entry.touched)),
    destroy() {
      doc.off('afterTransaction', afterTransaction);
    },
  };
}

/** The items this transaction deleted, except map values our own new value replaced (its clock covers them). */
function ownDeletions(transaction: Y.Transaction, clockBefore: number): Range[] {
  const ranges: Range[] = [];
  const clientID = transaction.doc.clientID;
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && struct.parentSub !== null && struct.parent instanceof Y.AbstractType) {
      const current = struct.parent._map.get(struct.parentSub);
      const replacedByUs =
        current !== undefined &&
        current !== struct &&
        current.id.client === clientID &&
        current.id.clock >= clockBefore;
      if (replacedByUs) return;
    }
    ranges.push({ client: struct.id.client, clock: struct.id.clock, len: struct.length });
  });
  return ranges;
}

function covers(deletes: DeleteSet, range: Range): boolean {
  const ranges = deletes.clients.get(range.client) ?? [];
  return ranges.some(
    (known) => known.clock <= range.clock && range.clock + range.len <= known.clock + known.len,
  );
}

/** `root/key` for each top-level entry a transaction changed, e.g. `nodes/<id>` for a node's attribute. */
function touchedEntries(doc: Y.Doc, transaction: Y.Transaction): string[] {
  type Type = NonNullable<ReturnType<Y.Doc['share']['get']>>;
  const roots = new Map<Type, string>();
  for (const [name, type] of doc.share) roots.set(type, name);
  const entries = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    let top: Type = type;
    let key: string | null = null;
    while (top._item && top._item.parent instanceof Y.AbstractType) {
      key = top._item.parentSub;
      top = top._item.parent;
    }
    const root = roots.get(top);
    if (root === undefined) continue;
    if (top !== type) entries.add(key === null ? root : `${root}/${key}`);
    else for (const changed of keys) entries.add(changed === null ? root : `${root}/${changed}`);
  }
  return [...entries];
}
