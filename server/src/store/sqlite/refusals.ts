// SQLite: refused updates per room, and the credential events the triggers write (see migrations.ts).
import type Database from 'better-sqlite3';
import type { AccessEvent, AccessEventStore, RefusalRecord, RefusalStore } from '../store.ts';

export function sqliteRefusalStore(db: Database.Database): RefusalStore & AccessEventStore {
  const insertRefusal = db.prepare(
    'INSERT INTO refused_ranges (room, client, clock, len) VALUES (?, ?, ?, ?)',
  );
  const selectRefusals = db.prepare('SELECT client, clock, len FROM refused_ranges WHERE room = ?');
  const selectEvents = db.prepare(
    'SELECT seq, credential, why FROM access_events WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const selectLastSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM access_events');
  const deleteEvents = db.prepare('DELETE FROM access_events WHERE seq <= ?');

  const recordAll = db.transaction((room: string, records: readonly RefusalRecord[]) => {
    for (const { client, clock, len } of records) insertRefusal.run(room, client, clock, len);
  });

  return {
    async recordRefusals(room, records) {
      if (records.length > 0) recordAll(room, records);
    },
    loadRefusals: async (room) => selectRefusals.all(room) as RefusalRecord[],
    listAccessEvents: async (afterSeq, limit) => selectEvents.all(afterSeq, limit) as AccessEvent[],
    lastAccessEventSeq: async () => (selectLastSeq.get() as { seq: number }).seq,
    pruneAccessEvents: async (throughSeq) => void deleteEvents.run(throughSeq),
  };
}
