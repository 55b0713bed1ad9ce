// PostgreSQL: refused updates per room, and the credential events the triggers write (see migrations.ts).
import type { Pool } from 'pg';
import type { AccessEvent, AccessEventStore, RefusalRecord, RefusalStore } from '../store.ts';

type RefusalRow = { client: string; clock: string; len: string | null };
type EventRow = { seq: string; credential: string; why: AccessEvent['why'] };

export function postgresRefusalStore(pool: Pool): RefusalStore & AccessEventStore {
  return {
    async recordRefusals(room, records) {
      if (records.length === 0) return;
      await pool.query(
        `INSERT INTO refused_ranges (room, client, clock, len)
         SELECT $1, client, clock, len FROM unnest($2::bigint[], $3::bigint[], $4::bigint[]) AS r (client, clock, len)`,
        [room, records.map((r) => r.client), records.map((r) => r.clock), records.map((r) => r.len)],
      );
    },
    async loadRefusals(room) {
      const { rows } = await pool.query<RefusalRow>(
        'SELECT client, clock, len FROM refused_ranges WHERE room = $1',
        [room],
      );
      return rows.map((row): RefusalRecord => ({
        client: Number(row.client),
        clock: Number(row.clock),
        len: row.len === null ? null : Number(row.len),
      }));
    },
    async listAccessEvents(afterSeq, limit) {
      const { rows } = await pool.query<EventRow>(
        'SELECT seq, credential, why FROM access_events WHERE seq > $1 ORDER BY seq LIMIT $2',
        [afterSeq, limit],
      );
      return rows.map((row) => ({ seq: Number(row.seq), credential: row.credential, why: row.why }));
    },
    async lastAccessEventSeq() {
      const { rows } = await pool.query<{ seq: string }>(
        'SELECT COALESCE(MAX(seq), 0) AS seq FROM access_events',
      );
      return Number(rows[0]?.seq ?? 0);
    },
    async pruneAccessEvents(throughSeq) {
      await pool.query('DELETE FROM access_events WHERE seq <= $1', [throughSeq]);
    },
  };
}
