// The embedded default store: one SQLite file (WAL) under DATA_DIR.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { mergeStoredUpdates } from './merge.ts';
import { migrateSqlite } from './sqlite-migrations.ts';
import type { ProcessRecord, RoomUpdate, Store, StoredDoc } from './store.ts';

export type SqliteStoreOptions = {
  /** Folder for the database file; ':memory:' for a throwaway store. */
  dataDir: string;
  /** FULL survives power loss as well as a killed process; NORMAL survives a killed process only. */
  synchronous?: 'FULL' | 'NORMAL';
};

type ProcessRow = { id: string; title: string; created_at: string; updated_at: string };

export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'prozesswerk.sqlite');
}

export function createSqliteStore(options: SqliteStoreOptions): Store {
  const file = options.dataDir === ':memory:' ? ':memory:' : sqliteFile(options.dataDir);
  if (file !== ':memory:') mkdirSync(options.dataDir, { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrateSqlite(db);

  const insertProcess = db.prepare(
    'INSERT INTO processes (id, title, created_at, updated_at) VALUES (@id, @title, @createdAt, @updatedAt)',
  );
  const selectProcess = db.prepare('SELECT * FROM processes WHERE id = ?');
  const selectState = db.prepare('SELECT state FROM doc_states WHERE room = ?');
  const selectUpdates = db.prepare('SELECT seq, data FROM doc_updates WHERE room = ? ORDER BY seq');
  const insertUpdate = db.prepare('INSERT INTO doc_updates (room, data) VALUES (?, ?)');
  const countUpdates = db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE room = ?');
  const upsertState = db.prepare(
    `INSERT INTO doc_states (room, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const deleteUpdatesThrough = db.prepare('DELETE FROM doc_updates WHERE room = ? AND seq <= ?');

  const appendAll = db.transaction((batch: readonly RoomUpdate[]) => {
    for (const { room, update } of batch) insertUpdate.run(room, update);
  });

  const compactRoom = db.transaction((room: string) => {
    const rows = selectUpdates.all(room) as { seq: number; data: Buffer }[];
    const last = rows.at(-1);
    if (!last) return;
    const state = selectState.get(room) as { state: Buffer } | undefined;
    const parts = [...(state ? [state.state] : []), ...rows.map((row) => row.data)];
    const { merged } = mergeStoredUpdates(parts);
    upsertState.run(room, merged, new Date().toISOString());
    deleteUpdatesThrough.run(room, last.seq);
  });

  return {
    dialect: 'sqlite',

    async createProcess({ id, title }) {
      const now = new Date().toISOString();
      insertProcess.run({ id, title, createdAt: now, updatedAt: now });
      return { id, title, createdAt: now, updatedAt: now };
    },

    async getProcess(id) {
      const row = selectProcess.get(id) as ProcessRow | undefined;
      return row ? toProcess(row) : undefined;
    },

    async loadDoc(room): Promise<StoredDoc> {
      const read = db.transaction(() => {
        const state = selectState.get(room) as { state: Buffer } | undefined;
        const rows = selectUpdates.all(room) as { data: Buffer }[];
        return { state: state ? new Uint8Array(state.state) : null, updates: rows.map((r) => new Uint8Array(r.data)) };
      });
      return read();
    },

    async appendUpdates(batch) {
      if (batch.length > 0) appendAll(batch);
    },

    async logLength(room) {
      return (countUpdates.get(room) as { n: number }).n;
    },

    async compact(room) {
      compactRoom(room);
    },

    async close() {
      if (db.open) db.close();
    },
  };
}

function toProcess(row: ProcessRow): ProcessRecord {
  return { id: row.id, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
}
