// PostgreSQL: frozen versions. A trigger refuses UPDATE, DELETE and TRUNCATE; this module only ever inserts.
import type { Pool, PoolClient } from 'pg';
import { toMeta, toSnapshot, type SnapshotMetaRow, type SnapshotRow } from '../rows.ts';
import type { NewSnapshot, SnapshotRecord, SnapshotStore } from '../store.ts';
import { inTransaction } from './pool.ts';

const META_COLUMNS =
  'process_id, version, name, note, sha256, frozen_by_id, frozen_by_name, frozen_at, agreed_by';

const INSERT = `
  INSERT INTO snapshots (${META_COLUMNS}, map_state, discussion_state, canonical_json)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;

export function postgresSnapshotStore(pool: Pool): SnapshotStore {
  return {
    createSnapshot: (input) => inTransaction(pool, (client) => createSnapshot(client, input)),
    async listSnapshots(processId) {
      const { rows } = await pool.query<SnapshotMetaRow>(
        `SELECT ${META_COLUMNS} FROM snapshots WHERE process_id = $1 ORDER BY version`,
        [processId],
      );
      return rows.map(toMeta);
    },
    async getSnapshot(processId, version) {
      const { rows } = await pool.query<SnapshotRow>(
        'SELECT * FROM snapshots WHERE process_id = $1 AND version = $2',
        [processId, version],
      );
      return rows[0] && toSnapshot(rows[0]);
    },
    async publishVersion(processId, version) {
      await pool.query(
        "UPDATE processes SET published_version = $2, status = 'published', updated_at = $3 WHERE id = $1",
        [processId, version, new Date().toISOString()],
      );
    },
  };
}

async function createSnapshot(client: PoolClient, input: NewSnapshot): Promise<SnapshotRecord> {
  // Marking the process agreed first locks its row, so two freezes of one process (from any instance) take turns
  // and never pick the same version number. updated_at = frozenAt, as in the SQLite store.
  await client.query("UPDATE processes SET status = 'agreed', updated_at = $2 WHERE id = $1", [
    input.processId,
    input.frozenAt,
  ]);
  const { rows } = await client.query<{ next: number }>(
    'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM snapshots WHERE process_id = $1',
    [input.processId],
  );
  const version = rows[0]?.next ?? 1;
  await client.query(INSERT, [
    input.processId,
    version,
    input.name,
    input.note,
    input.sha256,
    input.frozenBy.id,
    input.frozenBy.name,
    input.frozenAt,
    JSON.stringify(input.agreedBy),
    input.mapState,
    input.discussionState,
    input.canonicalJson,
  ]);
  return { ...input, version };
}
