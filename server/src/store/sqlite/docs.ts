// SQLite: the append-only update log per room and its compacted state.
import type Database from 'better-sqlite3';
import { mergeStoredUpdates } from '../merge.ts';
import { changedProcesses } from '../changed-processes.ts';
import type { DocStore, RoomUpdate, StoredDoc } from '../store.ts';

export function sqliteDocStore(db: Database.Database): DocStore {
  const selectState = db.prepare('SELECT state FROM doc_states WHERE room = ?');
  const selectUpdates = db.prepare('SELECT seq, data FROM doc_updates WHERE room = ? ORDER BY seq');
  const insertUpdate = db.prepare('INSERT INTO doc_updates (room, data) VALUES (?, ?)');
  const countUpdates = db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE room = ?');
  const upsertState = db.prepare(
    `INSERT INTO doc_states (room, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const deleteUpdatesThrough = db.prepare('DELETE FROM doc_updates WHERE room = ? AND seq <= ?');

  const touchProcess = db.prepare('UPDATE processes SET updated_at = ? WHERE id = ?');

  const appendAll = db.transaction((batch: readonly RoomUpdate[]) => {
    for (const { room, update } of batch) insertUpdate.run(room, update);
    const now = new Date().toISOString();
    for (const processId of changedProcesses(batch)) touchProcess.run(now, processId);
  });

  const read = db.transaction((room: string): StoredDoc => {
    const state = selectState.get(room) as { state: Buffer } | undefined;
    const rows = selectUpdates.all(room) as { data: Buffer }[];
    return {
      state: state ? new Uint8Array(state.state) : null,
      updates: rows.map((r) => new Uint8Array(r.data)),
    };
  });

  const compactRoom = db.transaction((room: string) => {
    const rows = selectUpdates.all(room) as { seq: number; data: Buffer }[];
    const last = rows.at(-1);
    if (!last) return;
    const state = selectState.get(room) as { state: Buffer } | undefined;
    const parts = [...(state ? [state.state] : []), ...rows.map((row) => row.data)];
    upsertState.run(room, mergeStoredUpdates(parts).merged, new Date().toISOString());
    deleteUpdatesThrough.run(room, last.seq);
  });

  return {
    loadDoc: async (room) => read(room),
    async appendUpdates(batch) {
      if (batch.length > 0) appendAll(batch);
    },
    logLength: async (room) => (countUpdates.get(room) as { n: number }).n,
    compact: async (room) => compactRoom(room),
  };
}
