// PostgreSQL: process records, their metadata, lineage and the library search (see search.ts).
import type { Pool, PoolClient } from 'pg';
import { roomName } from '@prozesswerk/protocol';
import { toProcess, toPublication, type ProcessRow, type PublicationRow } from '../rows.ts';
import type { ProcessRecord, ProcessStore } from '../store.ts';
import { inTransaction } from './pool.ts';
import { indexLive, indexPublished, searchLibrary, setLiveBody } from './search.ts';

const INSERT = `
  INSERT INTO processes (id, org_id, title, description, leika_key, tier, tags, status,
    origin_process_id, origin_version, created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
  RETURNING *`;

const UPDATE = `
  UPDATE processes SET title = $2, description = $3, leika_key = $4, tier = $5, tags = $6, status = $7,
    updated_at = $8
  WHERE id = $1 RETURNING *`;

export function postgresProcessStore(pool: Pool): ProcessStore {
  return {
    createProcess: (input) =>
      inTransaction(pool, async (client) => {
        const { rows } = await client.query<ProcessRow>(INSERT, [
          input.id,
          input.orgId,
          input.title,
          input.description ?? '',
          input.leikaKey ?? null,
          input.tier ?? null,
          input.tags ?? [],
          input.status ?? 'draft',
          input.originProcessId ?? null,
          input.originVersion ?? null,
          new Date().toISOString(),
        ]);
        if (input.startsWith)
          await client.query('INSERT INTO doc_updates (room, data) VALUES ($1, $2)', [
            roomName(input.id, 'map'),
            input.startsWith.map,
          ]);
        await indexLive(client, input.id, input.startsWith?.searchText ?? '');
        return toProcess(firstRow(rows));
      }),
    async getProcess(id) {
      const { rows } = await pool.query<ProcessRow>('SELECT * FROM processes WHERE id = $1', [id]);
      return rows[0] && toProcess(rows[0]);
    },
    async listProcesses(orgIds) {
      if (orgIds.length === 0) return [];
      const { rows } = await pool.query<ProcessRow>(
        'SELECT * FROM processes WHERE org_id = ANY($1::text[]) ORDER BY updated_at DESC, id',
        [orgIds],
      );
      return rows.map(toProcess);
    },
    updateProcessMeta: (id, patch) => inTransaction(pool, (client) => updateMeta(client, id, patch)),
    setSearchText: (processId, text) => indexLive(pool, processId, text),
    updateSearchText: (processId, text) => setLiveBody(pool, processId, text),
    setPublishedSearchText: (processId, text) => indexPublished(pool, processId, text),
    searchLibrary: (query) => searchLibrary(pool, query),
    async getPublication(processId) {
      const { rows } = await pool.query<PublicationRow>('SELECT * FROM publications WHERE process_id = $1', [
        processId,
      ]);
      return rows[0] && toPublication(rows[0]);
    },
    async listProcessIds() {
      const { rows } = await pool.query<{ id: string }>('SELECT id FROM processes ORDER BY id');
      return rows.map((row) => row.id);
    },
    async listVariants(processId) {
      const { rows } = await pool.query<ProcessRow>(
        'SELECT * FROM processes WHERE origin_process_id = $1 ORDER BY created_at, id',
        [processId],
      );
      return rows.map(toProcess);
    },
    async advanceOriginVersion(id, from, to) {
      const { rowCount } = await pool.query(
        'UPDATE processes SET origin_version = $3, updated_at = $4 WHERE id = $1 AND origin_version = $2',
        [id, from, to, new Date().toISOString()],
      );
      return (rowCount ?? 0) > 0;
    },
  };
}

async function updateMeta(
  client: PoolClient,
  id: string,
  patch: Parameters<ProcessStore['updateProcessMeta']>[1],
): Promise<ProcessRecord | undefined> {
  // FOR UPDATE: two instances patching different fields at once must not undo each other's change.
  const { rows } = await client.query<ProcessRow>('SELECT * FROM processes WHERE id = $1 FOR UPDATE', [id]);
  if (!rows[0]) return undefined;
  const next = { ...toProcess(rows[0]), ...patch };
  const updated = await client.query<ProcessRow>(UPDATE, [
    id,
    next.title,
    next.description,
    next.leikaKey,
    next.tier,
    next.tags,
    next.status,
    new Date().toISOString(),
  ]);
  await indexLive(client, id);
  return toProcess(firstRow(updated.rows));
}

function firstRow<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('PostgreSQL returned no row where one was expected');
  return row;
}
