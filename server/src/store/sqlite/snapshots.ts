// SQLite: frozen versions. The table's triggers refuse UPDATE and DELETE; this module only ever inserts.
import type Database from 'better-sqlite3';
import type { NewSnapshot, SnapshotRecord, SnapshotStore } from '../store.ts';
import {
  metaFromSqlite,
  snapshotFromSqlite,
  type SqliteSnapshotMetaRow,
  type SqliteSnapshotRow,
} from './rows.ts';

const META_COLUMNS =
  'process_id, version, name, note, sha256, frozen_by_id, frozen_by_name, frozen_at, agreed_by';

export function sqliteSnapshotStore(db: Database.Database): SnapshotStore {
  const q = {
    next: db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM snapshots WHERE process_id = ?'),
    insert: db.prepare(
      `INSERT INTO snapshots (${META_COLUMNS}, map_state, discussion_state, canonical_json)
       VALUES (@processId, @version, @name, @note, @sha256, @frozenById, @frozenByName, @frozenAt, @agreedBy,
         @mapState, @discussionState, @canonicalJson)`,
    ),
    agree: db.prepare("UPDATE processes SET status = 'agreed', updated_at = ? WHERE id = ?"),
    list: db.prepare(`SELECT ${META_COLUMNS} FROM snapshots WHERE process_id = ? ORDER BY version`),
    get: db.prepare('SELECT * FROM snapshots WHERE process_id = ? AND version = ?'),
    publish: db.prepare(
      "UPDATE processes SET published_version = ?, status = 'published', updated_at = ? WHERE id = ?",
    ),
  };

  const create = db.transaction((input: NewSnapshot): SnapshotRecord => {
    const version = (q.next.get(input.processId) as { next: number }).next;
    q.insert.run({
      ...input,
      version,
      frozenById: input.frozenBy.id,
      frozenByName: input.frozenBy.name,
      agreedBy: JSON.stringify(input.agreedBy),
    });
    q.agree.run(input.frozenAt, input.processId);
    return { ...input, version };
  });

  return {
    createSnapshot: async (input) => create(input),
    listSnapshots: async (processId) =>
      (q.list.all(processId) as SqliteSnapshotMetaRow[]).map(metaFromSqlite),
    async getSnapshot(processId, version) {
      const row = q.get.get(processId, version) as SqliteSnapshotRow | undefined;
      return row ? snapshotFromSqlite(row) : undefined;
    },
    publishVersion: async (processId, version) =>
      void q.publish.run(version, new Date().toISOString(), processId),
  };
}
