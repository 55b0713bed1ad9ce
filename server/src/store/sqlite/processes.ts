// SQLite: process records, their metadata, lineage and the library search.
import type Database from 'better-sqlite3';
import type { LibraryQuery, ProcessRecord, ProcessStore } from '../store.ts';
import { searchTerms } from '../search-terms.ts';
import { processFromSqlite, type SqliteProcessRow } from './rows.ts';

export function sqliteProcessStore(db: Database.Database): ProcessStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO processes (id, org_id, title, description, leika_key, tier, tags, status,
         origin_process_id, origin_version, created_at, updated_at)
       VALUES (@id, @orgId, @title, @description, @leikaKey, @tier, @tags, @status,
         @originProcessId, @originVersion, @now, @now)`,
    ),
    select: db.prepare('SELECT * FROM processes WHERE id = ?'),
    update: db.prepare(
      `UPDATE processes SET title = @title, description = @description, leika_key = @leikaKey, tier = @tier,
         tags = @tags, status = @status, updated_at = @now WHERE id = @id`,
    ),
    variants: db.prepare('SELECT * FROM processes WHERE origin_process_id = ? ORDER BY created_at'),
    deleteSearch: db.prepare('DELETE FROM process_search WHERE process_id = ?'),
    insertSearch: db.prepare(
      'INSERT INTO process_search (process_id, title, description, tags, body) VALUES (?, ?, ?, ?, ?)',
    ),
    selectBody: db.prepare('SELECT body FROM process_search WHERE process_id = ?'),
  };

  const indexProcess = (process: ProcessRecord, body?: string) => {
    const existing = body ?? (q.selectBody.get(process.id) as { body: string } | undefined)?.body ?? '';
    q.deleteSearch.run(process.id);
    q.insertSearch.run(process.id, process.title, process.description, process.tags.join(' '), existing);
  };

  const create = db.transaction((input: Parameters<ProcessStore['createProcess']>[0]): ProcessRecord => {
    const now = new Date().toISOString();
    q.insert.run({
      id: input.id,
      orgId: input.orgId,
      title: input.title,
      description: input.description ?? '',
      leikaKey: input.leikaKey ?? null,
      tier: input.tier ?? null,
      tags: JSON.stringify(input.tags ?? []),
      status: input.status ?? 'draft',
      originProcessId: input.originProcessId ?? null,
      originVersion: input.originVersion ?? null,
      now,
    });
    const process = processFromSqlite(q.select.get(input.id) as SqliteProcessRow);
    indexProcess(process, '');
    return process;
  });

  const updateMeta = db.transaction((id: string, patch: Parameters<ProcessStore['updateProcessMeta']>[1]) => {
    const row = q.select.get(id) as SqliteProcessRow | undefined;
    if (!row) return undefined;
    const next = { ...processFromSqlite(row), ...patch };
    q.update.run({ ...next, tags: JSON.stringify(next.tags), now: new Date().toISOString() });
    const process = processFromSqlite(q.select.get(id) as SqliteProcessRow);
    indexProcess(process);
    return process;
  });

  return {
    createProcess: async (input) => create(input),
    async getProcess(id) {
      const row = q.select.get(id) as SqliteProcessRow | undefined;
      return row ? processFromSqlite(row) : undefined;
    },
    async listProcesses(orgIds) {
      if (orgIds.length === 0) return [];
      const rows = db
        .prepare(
          `SELECT * FROM processes WHERE org_id IN (${orgIds.map(() => '?').join(', ')}) ORDER BY updated_at DESC, id`,
        )
        .all(...orgIds) as SqliteProcessRow[];
      return rows.map(processFromSqlite);
    },
    updateProcessMeta: async (id, patch) => updateMeta(id, patch),
    async setSearchText(processId, text) {
      const row = q.select.get(processId) as SqliteProcessRow | undefined;
      if (row) db.transaction(() => indexProcess(processFromSqlite(row), text))();
    },
    searchLibrary: async (query) => searchLibrary(db, query),
    listVariants: async (processId) =>
      (q.variants.all(processId) as SqliteProcessRow[]).map(processFromSqlite),
  };
}

function searchLibrary(db: Database.Database, query: LibraryQuery): ProcessRecord[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const visible: string[] = [];
  if (query.memberOrgIds.length > 0) {
    visible.push(`p.org_id IN (${query.memberOrgIds.map(() => '?').join(', ')})`);
    params.push(...query.memberOrgIds);
  }
  if (query.includePublished) visible.push('p.published_version IS NOT NULL');
  if (visible.length === 0) return [];
  where.push(`(${visible.join(' OR ')})`);
  const terms = searchTerms(query.text ?? '');
  if (terms.length > 0) {
    where.push('p.id IN (SELECT process_id FROM process_search WHERE process_search MATCH ?)');
    params.push(terms.map((term) => `"${term}"`).join(' AND '));
  }
  const filters: [string | undefined, string][] = [
    [query.orgId, 'p.org_id = ?'],
    [query.status, 'p.status = ?'],
    [query.tier, 'p.tier = ?'],
    [query.tag, 'EXISTS (SELECT 1 FROM json_each(p.tags) WHERE value = ?)'],
  ];
  for (const [value, clause] of filters) {
    if (!value) continue;
    where.push(clause);
    params.push(value);
  }
  params.push(query.limit ?? 200);
  const sql = `SELECT p.* FROM processes p WHERE ${where.join(' AND ')} ORDER BY p.updated_at DESC, p.id LIMIT ?`;
  return (db.prepare(sql).all(...params) as SqliteProcessRow[]).map(processFromSqlite);
}
