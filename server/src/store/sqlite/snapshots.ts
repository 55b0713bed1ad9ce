// SQLite: frozen versions. The table's triggers refuse UPDATE and DELETE; this module only ever inserts.
import type Database from 'better-sqlite3';
import type { AgreedBy, NewSnapshot, SnapshotMeta, SnapshotRecord, SnapshotStore } from '../store.ts';

type SnapshotRow = {
  process_id: string;
  version: number;
  name: string;
  note: string;
  sha256: string;
  frozen_by_id: string;
  frozen_by_name: string;
  frozen_at: string;
  agreed_by: string;
  map_state?: Buffer;
  discussion_state?: Buffer;
  canonical_json?: string;
};

function toMeta(row: SnapshotRow): SnapshotMeta {
  return {
    processId: row.process_id,
    version: row.version,
    name: row.name,
    note: row.note,
    sha256: row.sha256,
    frozenBy: { id: row.frozen_by_id, name: row.frozen_by_name },
    frozenAt: row.frozen_at,
    agreedBy: JSON.parse(row.agreed_by) as AgreedBy[],
  };
}

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
    listSnapshots: async (processId) => (q.list.all(processId) as SnapshotRow[]).map(toMeta),
    async getSnapshot(processId, version) {
      const row = q.get.get(processId, version) as SnapshotRow | undefined;
      if (!row || !row.map_state || !row.discussion_state || row.canonical_json === undefined)
        return undefined;
      return {
        ...toMeta(row),
        mapState: new Uint8Array(row.map_state),
        discussionState: new Uint8Array(row.discussion_state),
        canonicalJson: row.canonical_json,
      };
    },
    publishVersion: async (processId, version) =>
      void q.publish.run(version, new Date().toISOString(), processId),
  };
}
