// The embedded default store: one SQLite file (WAL) under DATA_DIR.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../store.ts';
import { sqlitePrivacyStore } from './privacy.ts';
import { sqliteAdminStore } from './admin.ts';
import { sqliteCredentialStore } from './credentials.ts';
import { sqliteVisitStore } from './visits.ts';
import { sqliteRateStore } from './rates.ts';
import { createMergePool } from '../merge-pool.ts';
import { createProcessTouches } from '../process-touches.ts';
import { sqliteDocStore, sqliteTouchProcesses } from './docs.ts';
import { sqliteRefusalStore } from './refusals.ts';
import { migrateSqlite } from './migrations.ts';
import { sqlitePeopleStore } from './people.ts';
import { sqliteProcessStore } from './processes.ts';
import { sqliteSnapshotStore } from './snapshots.ts';
import { sqliteDumpStore } from './dump.ts';
import { createWalAppends, directAppends, type AppendConnection, type SyncFile } from './wal-sync.ts';

export type SqliteStoreOptions = {
  /** Folder for the database file; ':memory:' for a throwaway store. */
  dataDir: string;
  /** FULL survives power loss as well as a killed process; NORMAL survives a killed process only. */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * Under FULL, where room updates are synced: 'commit' (default) in SQLite's commit, on the event loop; 'thread'
   * after a commit without sync, on libuv's thread pool (see wal-sync.ts).
   */
  walSync?: 'commit' | 'thread';
  /** With walSync 'thread': syncs the WAL (fs.fdatasync); tests stand in for a failing disk. */
  syncWal?: SyncFile;
};

export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'prozesswerk.sqlite');
}

export function createSqliteStore(options: SqliteStoreOptions): Store {
  const file = options.dataDir === ':memory:' ? ':memory:' : sqliteFile(options.dataDir);
  if (file !== ':memory:') mkdirSync(options.dataDir, { recursive: true });
  const synchronous = options.synchronous ?? 'FULL';
  const db = new Database(file);
  const wal = db.pragma('journal_mode = WAL', { simple: true }) === 'wal';
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrateSqlite(db);

  // Room updates are the bulk of all writes; with walSync 'thread' they sync off the event loop, and everything
  // else still commits here.
  const offLoop = options.walSync === 'thread' && file !== ':memory:' && wal && synchronous === 'FULL';
  const appends: AppendConnection = offLoop ? createWalAppends(file, options.syncWal) : directAppends(db);
  const touches = createProcessTouches(sqliteTouchProcesses(appends), (message, error) =>
    console.error(message, error),
  );
  const merges = createMergePool();
  return {
    dialect: 'sqlite',
    ...sqliteDocStore(db, appends, touches, merges),
    ...sqliteRefusalStore(db),
    ...sqliteProcessStore(db),
    ...sqliteSnapshotStore(db),
    ...sqlitePeopleStore(db),
    ...sqliteCredentialStore(db),
    ...sqliteVisitStore(db),
    ...sqliteRateStore(db),
    ...sqliteAdminStore(db),
    ...sqlitePrivacyStore(db),
    ...sqliteDumpStore(
      db,
      appends,
      (table) => db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[],
    ),
    async close() {
      await touches
        .close()
        .catch((error: unknown) => console.error('marking changed processes failed', error));
      await merges.close();
      await appends.close();
      if (db.open) db.close();
    },
  };
}
