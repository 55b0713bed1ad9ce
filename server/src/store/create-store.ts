// Picks the storage backend from configuration: PostgreSQL when DATABASE_URL is set, else SQLite.
import type { Config } from '../config.ts';
import { createPostgresStore } from './postgres/index.ts';
import { createSqliteStore } from './sqlite/index.ts';
import type { Store } from './store.ts';

export async function createStore(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'databaseSchema' | 'sqliteSynchronous'>,
): Promise<Store> {
  if (config.databaseUrl)
    return createPostgresStore({ url: config.databaseUrl, schema: config.databaseSchema });
  return createSqliteStore({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
}
