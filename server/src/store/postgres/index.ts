// The shared store for one or many server instances: PostgreSQL at DATABASE_URL, optionally in its own schema.
import type { Store } from '../store.ts';
import { postgresCredentialStore } from './credentials.ts';
import { postgresVisitStore } from './visits.ts';
import { postgresRateStore } from './rates.ts';
import { postgresDocStore } from './docs.ts';
import { postgresDumpStore } from './dump.ts';
import { migratePostgres } from './migrations.ts';
import { postgresPeopleStore } from './people.ts';
import { createPool, type PoolOptions } from './pool.ts';
import { postgresProcessStore } from './processes.ts';
import { postgresSnapshotStore } from './snapshots.ts';

export type PostgresStoreOptions = PoolOptions;

export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = createPool(options);
  try {
    await migratePostgres(pool, options.schema);
  } catch (error) {
    await pool.end();
    throw error;
  }

  let closed: Promise<void> | undefined;
  return {
    dialect: 'postgres',
    ...postgresDocStore(pool),
    ...postgresProcessStore(pool),
    ...postgresSnapshotStore(pool),
    ...postgresPeopleStore(pool),
    ...postgresCredentialStore(pool),
    ...postgresVisitStore(pool),
    ...postgresRateStore(pool),
    ...postgresDumpStore(pool),
    close: () => (closed ??= pool.end()),
  };
}
