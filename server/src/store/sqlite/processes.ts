// SQLite: process records, their metadata, lineage and the library search.
import type Database from 'better-sqlite3';
import { roomName } from '@prozesswerk/protocol';
import type { ProcessRecord, ProcessStore } from '../store.ts';
import {
  processFromSqlite,
  publicationFromSqlite,
  type SqliteProcessRow,
  type SqlitePublicationRow,
} from './rows.ts';
import { sqliteSearchIndex } from './search.ts';

export function sqliteProcessStore(db: Database.Database): ProcessStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO processes (id, org_id, title, description, leika_key, tier, tags, status,
         origin_process_id, origin_version, created_at, updated_at)
       VALUES (@id, @orgId, @title, @description, @leikaKey, @tier, @tags, @status,
         @originProcessId, @originVersion, @now, @now)`,
    ),
    select: db.prepare('SELECT * FROM processes WHERE id = ?'),
    insertMap: db.prepare('INSERT INTO doc_updates (room, data) VALUES (?, ?)'),
    update: db.prepare(
      `UPDATE processes SET title = @title, description = @description, leika_key = @leikaKey, tier = @tier,
         tags = @tags, status = @status, updated_at = @now WHERE id = @id`,
    ),
    variants: db.prepare('SELECT * FROM processes WHERE origin_process_id = ? ORDER BY created_at'),
    advanceOrigin: db.prepare(
      'UPDATE processes SET origin_version = @to, updated_at = @now WHERE id = @id AND origin_version = @from',
    ),
    ids: db.prepare('SELECT id FROM processes ORDER BY id'),
    publication: db.prepare('SELECT * FROM publications WHERE process_id = ?'),
  };
  const index = sqliteSearchIndex(db);

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
    // One commit (one fsync under synchronous = FULL) for the record, its first map and its index entry.
    if (input.startsWith) q.insertMap.run(roomName(input.id, 'map'), input.startsWith.map);
    index.indexLive(input.id, input.startsWith?.searchText ?? '');
    return processFromSqlite(q.select.get(input.id) as SqliteProcessRow);
  });

  const updateMeta = db.transaction((id: string, patch: Parameters<ProcessStore['updateProcessMeta']>[1]) => {
    const row = q.select.get(id) as SqliteProcessRow | undefined;
    if (!row) return undefined;
    const next = { ...processFromSqlite(row), ...patch };
    q.update.run({ ...next, tags: JSON.stringify(next.tags), now: new Date().toISOString() });
    index.indexLive(id);
    return processFromSqlite(q.select.get(id) as SqliteProcessRow);
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
    setSearchText: async (processId, text) => db.transaction(() => index.indexLive(processId, text))(),
    updateSearchText: async (processId, text) => index.setLiveBody(processId, text),
    setPublishedSearchText: async (processId, text) =>
      db.transaction(() => index.indexPublished(processId, text))(),
    searchLibrary: async (query) => index.search(query),
    async getPublication(processId) {
      const row = q.publication.get(processId) as SqlitePublicationRow | undefined;
      return row ? publicationFromSqlite(row) : undefined;
    },
    listProcessIds: async () => (q.ids.all() as { id: string }[]).map((row) => row.id),
    listVariants: async (processId) =>
      (q.variants.all(processId) as SqliteProcessRow[]).map(processFromSqlite),
    advanceOriginVersion: async (id, from, to) =>
      q.advanceOrigin.run({ id, from, to, now: new Date().toISOString() }).changes > 0,
  };
}
