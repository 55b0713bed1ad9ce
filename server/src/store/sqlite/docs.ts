// SQLite: the append-only update log per room and its compacted state.
import type Database from 'better-sqlite3';
import { loadRoomParts, type MergePool } from '../merge-pool.ts';
import type { ProcessTouches, Touch } from '../process-touches.ts';
import type { DocStore, RoomUpdate, StoredDoc } from '../store.ts';

/** Raises a process's last change to the given time, never lowers it. */
const TOUCH = 'UPDATE processes SET updated_at = ? WHERE id = ? AND updated_at < ?';

/** Writes coalesced "last change" marks (see process-touches.ts) in one transaction. */
export function sqliteTouchProcesses(db: Database.Database): (touches: readonly Touch[]) => Promise<void> {
  const touch = db.prepare(TOUCH);
  const touchAll = db.transaction((touches: readonly Touch[]) => {
    for (const [processId, at] of touches) touch.run(at, processId, at);
  });
  return async (touches) => {
    if (db.open) touchAll(touches);
  };
}

/** A Buffer from better-sqlite3 as a plain Uint8Array, without copying it. */
const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

export function sqliteDocStore(db: Database.Database, touches: ProcessTouches, merges: MergePool): DocStore {
  const selectState = db.prepare('SELECT state, updated_at FROM doc_states WHERE room = ?');
  const selectUpdates = db.prepare('SELECT seq, data FROM doc_updates WHERE room = ? ORDER BY seq');
  const insertUpdate = db.prepare('INSERT INTO doc_updates (room, data) VALUES (?, ?)');
  const countUpdates = db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE room = ?');
  const upsertState = db.prepare(
    `INSERT INTO doc_states (room, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const deleteUpdatesThrough = db.prepare('DELETE FROM doc_updates WHERE room = ? AND seq <= ?');

  const touchProcess = db.prepare(TOUCH);

  const appendAll = db.transaction((batch: readonly RoomUpdate[]) => {
    for (const { room, update } of batch) insertUpdate.run(room, update);
    for (const [processId, at] of touches.dueWith(batch, new Date().toISOString()))
      touchProcess.run(at, processId, at);
  });

  type Snapshot = {
    state: { state: Buffer; updated_at: string } | undefined;
    rows: { seq: number; data: Buffer }[];
  };
  const snapshot = db.transaction((room: string): Snapshot => ({
    state: selectState.get(room) as Snapshot['state'],
    rows: selectUpdates.all(room) as Snapshot['rows'],
  }));

  /** Writes a merged state unless another compaction changed the state meanwhile (then the log simply stays). */
  const writeCompacted = db.transaction(
    (room: string, merged: Uint8Array, read: Snapshot, lastSeq: number) => {
      const current = selectState.get(room) as Snapshot['state'];
      if (current?.updated_at !== read.state?.updated_at) return;
      upsertState.run(room, merged, new Date().toISOString());
      // Appends meanwhile have higher sequence numbers (one writer, numbered at commit), so they stay in the log.
      deleteUpdatesThrough.run(room, lastSeq);
    },
  );

  function loadStored(room: string): StoredDoc {
    const { state, rows } = snapshot(room);
    return { state: state ? bytes(state.state) : null, updates: rows.map((row) => bytes(row.data)) };
  }

  // Compactions of one room take turns; between reading and writing, the merge runs in a worker thread.
  const compacting = new Map<string, Promise<void>>();
  async function compactRoom(room: string): Promise<void> {
    const read = snapshot(room);
    const last = read.rows.at(-1);
    if (!last) return;
    const parts = [
      ...(read.state ? [bytes(read.state.state)] : []),
      ...read.rows.map((row) => bytes(row.data)),
    ];
    const { merged } = await merges.merge(parts);
    if (db.open) writeCompacted(room, merged, read, last.seq);
  }

  return {
    loadDoc: async (room) => loadStored(room),
    loadRoom: (room) => loadRoomParts(loadStored(room), merges),
    async appendUpdates(batch) {
      if (batch.length > 0) appendAll(batch);
    },
    logLength: async (room) => (countUpdates.get(room) as { n: number }).n,
    compact(room) {
      const next = (compacting.get(room) ?? Promise.resolve()).then(() => compactRoom(room));
      const settled = next.catch(() => undefined);
      compacting.set(room, settled);
      void settled.then(() => compacting.get(room) === settled && compacting.delete(room));
      return next;
    },
  };
}
