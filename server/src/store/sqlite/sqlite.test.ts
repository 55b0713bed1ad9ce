import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContractSuite } from '../contract.ts';
import Database from 'better-sqlite3';
import { createSqliteStore, sqliteFile } from './index.ts';

storeContractSuite('SQLite', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-sqlite-'));
  return {
    store: createSqliteStore({ dataDir }),
    reopen: async () => createSqliteStore({ dataDir }),
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
});
