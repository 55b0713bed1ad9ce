// PostgreSQL: the append-only update log per room and its compacted state, shared by every server instance.
import type { Pool, PoolClient } from 'pg';
import { changedProcesses } from '../changed-processes.ts';
import { mergeStoredUpdates } from '../merge.ts';
import type { DocStore, StoredDoc } from '../store.ts';
import { inTransaction } from './pool.ts';

/** State first (part 0), then the log in order (part 1); one statement, so one consistent snapshot of both. */
const SELECT_DOC = `
  SELECT 0 AS part, NULL::bigint AS seq, state AS data FROM doc_states WHERE room = $1
  UNION ALL
  SELECT 1 AS part, seq, data FROM doc_updates WHERE room = $1
  ORDER BY part, seq`;

type DocRow = { part: 0 | 1; seq: string | null; data: Buffer };

// One statement is one transaction: the whole batch and the "last change" of its processes, or nothing.
const APPEND = `
  WITH appended AS (
    INSERT INTO doc_updates (room, data)
    SELECT room, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS batch (room, data, n) ORDER BY n
  )
  UPDATE processes SET updated_at = $3 WHERE id = ANY($4::text[])`;

const UPSERT_STATE = `
  INSERT INTO doc_states (room, state, updated_at) VALUES ($1, $2, $3)
  ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`;

export function postgresDocStore(pool: Pool): DocStore {
  return {
    async loadDoc(room) {
      const { rows } = await pool.query<DocRow>(SELECT_DOC, [room]);
      return toStoredDoc(rows);
    },
    async appendUpdates(batch) {
      if (batch.length === 0) return;
      const processIds = [...changedProcesses(batch)].sort();
      await pool.query(APPEND, [
        batch.map(({ room }) => room),
        batch.map(({ update }) => update),
        new Date().toISOString(),
        processIds,
      ]);
    },
    async logLength(room) {
      const { rows } = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM doc_updates WHERE room = $1',
        [room],
      );
      return rows[0]?.n ?? 0;
    },
    compact: (room) => inTransaction(pool, (client) => compactRoom(client, room)),
  };
}

function toStoredDoc(rows: readonly DocRow[]): StoredDoc {
  const state = rows.find((row) => row.part === 0);
  return {
    state: state ? new Uint8Array(state.data) : null,
    updates: rows.filter((row) => row.part === 1).map((row) => new Uint8Array(row.data)),
  };
}

async function compactRoom(client: PoolClient, room: string): Promise<void> {
  // Instances compacting the same room take turns; appends carry on meanwhile, they never take this lock.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('compact:' || $1))", [room]);
  const { rows } = await client.query<DocRow>(SELECT_DOC, [room]);
  const log = rows.filter((row) => row.part === 1);
  if (log.length === 0) return;
  const { merged } = mergeStoredUpdates(rows.map((row) => row.data));
  await client.query(UPSERT_STATE, [room, merged, new Date().toISOString()]);
  // Delete exactly the entries merged above, not "every seq up to the last one": sequence numbers are handed out
  // before commit, so an append with a lower seq can become visible after the read and must stay in the log.
  await client.query('DELETE FROM doc_updates WHERE room = $1 AND seq = ANY($2::bigint[])', [
    room,
    log.map((row) => row.seq),
  ]);
}
