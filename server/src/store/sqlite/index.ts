// The embedded default store: one SQLite file (WAL) under DATA_DIR.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../store.ts';
import { sqliteCredentialStore } from './credentials.ts';
import { sqliteVisitStore } from './visits.ts';
import { sqliteRateStore } from './rates.ts';
import { sqliteDocStore } from './docs.ts';
import { migrateSqlite } from './migrations.ts';
import { sqlitePeopleStore } from './people.ts';
import { sqliteProcessStore } from './processes.ts';
import { sqliteSnapshotStore } from './snapshots.ts';
import { sqliteDumpStore } from './dump.ts';

export type SqliteStoreOptions = {
  /** Folder for the database file; ':memory:' for a throwaway store. */
  dataDir: string;
  /** FULL survives power loss as well as a killed process; NORMAL survives a killed process only. */
  synchronous?: 'FULL' | 'NORMAL';
};

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

  return {
    dialect: 'sqlite',
    ...sqliteDocStore(db),
    ...sqliteProcessStore(db),
    ...sqliteSnapshotStore(db),
    ...sqlitePeopleStore(db),
    ...sqliteCredentialStore(db),
    ...sqliteVisitStore(db),
    ...sqliteRateStore(db),
    ...sqliteDumpStore(
      db,
      (table) => db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[],
    ),
    async close() {
      if (db.open) db.close();
    },
  };
}
