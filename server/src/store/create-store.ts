// Picks the storage backend from configuration: PostgreSQL when DATABASE_URL is set, else SQLite.
import type { Config } from '../config.ts';
import { createSqliteStore } from './sqlite/index.ts';
import type { Store } from './store.ts';

export async function createStore(config: Pick<Config, 'dataDir' | 'databaseUrl' | 'sqliteSynchronous'>): Promise<Store> {
  if (config.databaseUrl) {
    throw new Error('DATABASE_URL is set, but the PostgreSQL store is not available in this version.');
  }
  return createSqliteStore({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
}
