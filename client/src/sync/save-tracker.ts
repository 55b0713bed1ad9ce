// Counts this client's local changes that the server has not yet confirmed as stored (saved acks).
import type * as Y from 'yjs';

/*
 * A change that adds content raises this client's clock; it is stored once the server's stored
 * state vector covers that clock. A change that only deletes raises no clock, so it counts as
 * stored after the next acknowledgement that follows a write (two after a reconnect, because the
 * first ack on a new connection answers the handshake, before our offline edits are written).
 */
type Pending = { clock: number; acksNeeded: number };

export type SaveTracker = {
  /** Number of local changes not yet stored. */
  unsaved(): number;
  onAck(storedClock: number): void;
  onReconnect(): void;
  /** The server refused our changes (read-only role, locked map): they will never be stored, so stop counting them. */
  onRefused(): void;
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
    if (after > before) pending.push({ clock: after, acksNeeded: 0 });
    else if (transaction.deleteSet.clients.size > 0) pending.push({ clock: 0, acksNeeded: 1 });
    else return;
    onChange();
  };
  doc.on('afterTransaction', afterTransaction);

  function settle(): void {
    const before = pending.length;
    pending = pending.filter((entry) => (entry.acksNeeded > 0 ? true : entry.clock > storedClock));
    if (pending.length !== before) onChange();
  }

  return {
    unsaved: () => pending.length,
    onAck(clock) {
      storedClock = Math.max(storedClock, clock);
      for (const entry of pending) if (entry.acksNeeded > 0) entry.acksNeeded -= 1;
      settle();
      onChange();
    },
    onReconnect() {
      for (const entry of pending) if (entry.clock === 0) entry.acksNeeded = 2;
    },
    onRefused() {
      if (pending.length === 0) return;
      pending = [];
      onChange();
    },
    destroy() {
      doc.off('afterTransaction', afterTransaction);
    },
  };
}
