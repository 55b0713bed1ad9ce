// PostgreSQL: the append-only update log per room and its compacted state, shared by every server instance.
import type { Pool, PoolClient } from 'pg';
import type { LiveCopy } from '../live-copy.ts';
import { compactedState, loadRoomParts, type MergePool } from '../merge-pool.ts';
import type { ProcessTouches, Touch } from '../process-touches.ts';
import type { DocStore, StoredDoc } from '../store.ts';
import { inTransaction } from './pool.ts';

/** State first (part 0), then the log in order (part 1); one statement, so one consistent snapshot of both. */
const SELECT_DOC = `
  SELECT 0 AS part, NULL::bigint AS seq, state AS data FROM doc_states WHERE room = $1
  UNION ALL
  SELECT 1 AS part, seq, data FROM doc_updates WHERE room = $1
  ORDER BY part, seq`;

type DocRow = { part: 0 | 1; seq: string | null; data: Buffer };

const INSERT_BATCH = `
  INSERT INTO doc_updates (room, data)
  SELECT room, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS batch (room, data, n) ORDER BY n`;

/** Raises each process's last change to the given time (never lowers it: another instance may have a later one). */
const TOUCH = `
  UPDATE processes p SET updated_at = t.at
  FROM unnest($1::text[], $2::text[]) AS t (id, at)
  WHERE p.id = t.id AND p.updated_at < t.at`;

// One statement is one transaction: the whole batch and the "last change" of the processes due, or nothing.
const APPEND_AND_TOUCH = `
  WITH appended AS (
    INSERT INTO doc_updates (room, data)
    SELECT room, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS batch (room, data, n) ORDER BY n
  ), touched AS (
    UPDATE processes p SET updated_at = t.at
    FROM unnest($3::text[], $4::text[]) AS t (id, at)
    WHERE p.id = t.id AND p.updated_at < t.at
  )
  SELECT 1`;

/** Writes coalesced "last change" marks (see process-touches.ts); in id order, so that two writers never deadlock. */
export async function touchProcesses(pool: Pool, touches: readonly Touch[]): Promise<void> {
  const sorted = [...touches].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  await pool.query(TOUCH, [sorted.map(([id]) => id), sorted.map(([, at]) => at)]);
}

const UPSERT_STATE = `
  INSERT INTO doc_states (room, state, updated_at) VALUES ($1, $2, $3)
  ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`;

export function postgresDocStore(pool: Pool, touches: ProcessTouches, merges: MergePool): DocStore {
  return {
    async loadDoc(room) {
      const { rows } = await pool.query<DocRow>(SELECT_DOC, [room]);
      return toStoredDoc(rows);
    },
    async loadRoom(room) {
      const { rows } = await pool.query<DocRow>(SELECT_DOC, [room]);
      return loadRoomParts(toStoredDoc(rows), merges);
    },
    // Named statements: each connection parses and plans them once, not on every commit (−0.1 ms of 0.7 per
    // commit here; see bench/README.md, "storage").
    async appendUpdates(batch) {
      if (batch.length === 0) return;
      const rooms = batch.map(({ room }) => room);
      const updates = batch.map(({ update }) => update);
      const due = touches
        .dueWith(batch, new Date().toISOString())
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (due.length === 0)
        await pool.query({ name: 'append-updates', text: INSERT_BATCH, values: [rooms, updates] });
      else
        await pool.query({
          name: 'append-updates-and-touch',
          text: APPEND_AND_TOUCH,
          values: [rooms, updates, due.map(([id]) => id), due.map(([, at]) => at)],
        });
    },
    async logLength(room) {
      const { rows } = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM doc_updates WHERE room = $1',
        [room],
      );
      return rows[0]?.n ?? 0;
    },
    compact: (room, live) => inTransaction(pool, (client) => compactRoom(client, room, merges, live)),
  };
}

/** A Buffer from pg as a plain Uint8Array, without copying it. */
const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

function toStoredDoc(rows: readonly DocRow[]): StoredDoc {
  const state = rows.find((row) => row.part === 0);
  return {
    state: state ? bytes(state.data) : null,
    updates: rows.filter((row) => row.part === 1).map((row) => bytes(row.data)),
  };
}

async function compactRoom(
  client: PoolClient,
  room: string,
  merges: MergePool,
  live: LiveCopy | undefined,
): Promise<void> {
  // Instances compacting the same room take turns; appends carry on meanwhile, they never take this lock.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('compact:' || $1))", [room]);
  const { rows } = await client.query<DocRow>(SELECT_DOC, [room]);
  const log = rows.filter((row) => row.part === 1);
  if (log.length === 0) return;
  // In a worker thread: the transaction holds its connection meanwhile, the event loop stays free for the rooms.
  const merged = await compactedState(
    rows.map((row) => row.data),
    merges,
    live,
  );
  await client.query(UPSERT_STATE, [room, merged, new Date().toISOString()]);
  // Delete exactly the entries merged above, not "every seq up to the last one": sequence numbers are handed out
  // before commit, so an append with a lower seq can become visible after the read and must stay in the log.
  await client.query('DELETE FROM doc_updates WHERE room = $1 AND seq = ANY($2::bigint[])', [
    room,
    log.map((row) => row.seq),
  ]);
}
