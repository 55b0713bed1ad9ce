// Picks the storage backend from configuration: PostgreSQL when DATABASE_URL is set, else SQLite.
import type { Config } from '../config.ts';
import type { Store } from './store.ts';

/** Each backend is imported only when chosen, so a server on SQLite never loads the PostgreSQL driver. */
export async function createStore(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'databaseSchema' | 'sqliteSynchronous' | 'sqliteWalSync'>,
): Promise<Store> {
  if (config.databaseUrl) {
    const { createPostgresStore } = await import('./postgres/index.ts');
    return createPostgresStore({ url: config.databaseUrl, schema: config.databaseSchema });
  }
  const { createSqliteStore } = await import('./sqlite/index.ts');
  return createSqliteStore({
    dataDir: config.dataDir,
    synchronous: config.sqliteSynchronous,
    walSync: config.sqliteWalSync,
  });
}
