// SQLite: when each person last looked at a process.
import type Database from 'better-sqlite3';
import type { VisitStore } from '../store.ts';

export function sqliteVisitStore(db: Database.Database): VisitStore {
  const select = db.prepare('SELECT last_seen_at FROM process_visits WHERE person_id = ? AND process_id = ?');
  const upsert = db.prepare(
    `INSERT INTO process_visits (person_id, process_id, last_seen_at) VALUES (?, ?, ?)
     ON CONFLICT (person_id, process_id) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
  );
  const list = db.prepare('SELECT process_id, last_seen_at FROM process_visits WHERE person_id = ?');
  const record = db.transaction((personId: string, processId: string, at: string): string | null => {
    const previous = select.get(personId, processId) as { last_seen_at: string } | undefined;
    upsert.run(personId, processId, at);
    return previous?.last_seen_at ?? null;
  });
  return {
    recordVisit: async (personId, processId, at) => record(personId, processId, at),
    listVisits: async (personId) =>
      new Map(
        (list.all(personId) as { process_id: string; last_seen_at: string }[]).map((r) => [
          r.process_id,
          r.last_seen_at,
        ]),
      ),
  };
}
