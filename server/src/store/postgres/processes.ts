// PostgreSQL: process records, their metadata, lineage and the library search (German full text + folded text).
import type { Pool, PoolClient } from 'pg';
import { searchTerms } from '../search-terms.ts';
import { toProcess, type ProcessRow } from '../rows.ts';
import type { LibraryQuery, ProcessRecord, ProcessStore } from '../store.ts';
import { inTransaction } from './pool.ts';

const INSERT = `
  WITH created AS (
    INSERT INTO processes (id, org_id, title, description, leika_key, tier, tags, status,
      origin_process_id, origin_version, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
    RETURNING *
  ), indexed AS (
    INSERT INTO process_search (process_id, title, description, tags)
    SELECT id, title, description, array_to_string(tags, ' ') FROM created
  )
  SELECT * FROM created`;

const UPDATE = `
  UPDATE processes SET title = $2, description = $3, leika_key = $4, tier = $5, tags = $6, status = $7,
    updated_at = $8
  WHERE id = $1 RETURNING *`;

// Keeps the words of the map (body), which only setSearchText changes.
const INDEX_META = `
  UPDATE process_search SET title = $2, description = $3, tags = array_to_string($4::text[], ' ')
  WHERE process_id = $1`;

export function postgresProcessStore(pool: Pool): ProcessStore {
  return {
    async createProcess(input) {
      const { rows } = await pool.query<ProcessRow>(INSERT, [
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
      return toProcess(firstRow(rows));
    },
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
    async setSearchText(processId, text) {
      await pool.query('UPDATE process_search SET body = $2 WHERE process_id = $1', [processId, text]);
    },
    searchLibrary: (query) => searchLibrary(pool, query),
    async listVariants(processId) {
      const { rows } = await pool.query<ProcessRow>(
        'SELECT * FROM processes WHERE origin_process_id = $1 ORDER BY created_at, id',
        [processId],
      );
      return rows.map(toProcess);
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
  await client.query(INDEX_META, [id, next.title, next.description, next.tags]);
  return toProcess(firstRow(updated.rows));
}

async function searchLibrary(pool: Pool, query: LibraryQuery): Promise<ProcessRecord[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const visible: string[] = [];
  if (query.memberOrgIds.length > 0) visible.push(`p.org_id = ANY(${param(query.memberOrgIds)}::text[])`);
  if (query.includePublished) visible.push('p.published_version IS NOT NULL');
  if (visible.length === 0) return [];

  const where = [`(${visible.join(' OR ')})`];
  // Every term must match, either as a German word (stemmed: "Anmeldungen" finds "Anmeldung") or as folded text
  // anywhere (a part of a compound, or typed without umlauts).
  for (const term of searchTerms(query.text ?? '')) {
    const t = param(term);
    where.push(`(s.document @@ plainto_tsquery('german', ${t}) OR strpos(s.folded, search_fold(${t})) > 0)`);
  }
  if (query.orgId) where.push(`p.org_id = ${param(query.orgId)}`);
  if (query.status) where.push(`p.status = ${param(query.status)}`);
  if (query.tier) where.push(`p.tier = ${param(query.tier)}`);
  if (query.tag) where.push(`p.tags @> ARRAY[${param(query.tag)}::text]`);
  const sql = `
    SELECT p.* FROM processes p JOIN process_search s ON s.process_id = p.id
    WHERE ${where.join(' AND ')}
    ORDER BY p.updated_at DESC, p.id LIMIT ${param(query.limit ?? 200)}`;
  const { rows } = await pool.query<ProcessRow>(sql, params);
  return rows.map(toProcess);
}

function firstRow<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('PostgreSQL returned no row where one was expected');
  return row;
}
