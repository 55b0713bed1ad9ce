// PostgreSQL: when each person last looked at a process.
import type { Pool } from 'pg';
import type { VisitStore } from '../store.ts';

export function postgresVisitStore(pool: Pool): VisitStore {
  return {
    async recordVisit(personId, processId, at) {
      // The old value comes back from the same statement, so two tabs cannot both see "never".
      const { rows } = await pool.query<{ previous: string | null }>(
        `WITH old AS (SELECT last_seen_at FROM process_visits WHERE person_id = $1 AND process_id = $2)
         , upsert AS (
           INSERT INTO process_visits (person_id, process_id, last_seen_at) VALUES ($1, $2, $3)
           ON CONFLICT (person_id, process_id) DO UPDATE SET last_seen_at = excluded.last_seen_at
         )
         SELECT (SELECT last_seen_at FROM old) AS previous`,
        [personId, processId, at],
      );
      return rows[0]?.previous ?? null;
    },
    async listVisits(personId) {
      const { rows } = await pool.query<{ process_id: string; last_seen_at: string }>(
        'SELECT process_id, last_seen_at FROM process_visits WHERE person_id = $1',
        [personId],
      );
      return new Map(rows.map((r) => [r.process_id, r.last_seen_at]));
    },
  };
}
