import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContractSuite, type StoreFactory } from '../contract.ts';
import Database from 'better-sqlite3';
import { createSqliteStore, sqliteFile, type SqliteStoreOptions } from './index.ts';

storeContractSuite('SQLite', sqliteTarget({}));
storeContractSuite('SQLite, room updates synced on the thread pool', sqliteTarget({ walSync: 'thread' }));

function sqliteTarget(options: Omit<SqliteStoreOptions, 'dataDir'>): StoreFactory {
  return async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-sqlite-'));
    return {
      store: createSqliteStore({ dataDir, ...options }),
      reopen: async () => createSqliteStore({ dataDir, ...options }),
      rawSql: async (sql) => {
        const db = new Database(sqliteFile(dataDir));
        try {
          db.exec(sql);
        } finally {
          db.close();
        }
      },
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  };
}
