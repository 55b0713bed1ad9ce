// The shared store for one or many server instances: PostgreSQL at DATABASE_URL, optionally in its own schema.
import type { Store } from '../store.ts';
import { postgresPrivacyStore } from './privacy.ts';
import { postgresAdminStore } from './admin.ts';
import { postgresCredentialStore } from './credentials.ts';
import { postgresVisitStore } from './visits.ts';
import { postgresRateStore } from './rates.ts';
import { createMergePool } from '../merge-pool.ts';
import { createProcessTouches } from '../process-touches.ts';
import { postgresDocStore, touchProcesses } from './docs.ts';
import { postgresRefusalStore } from './refusals.ts';
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

  const touches = createProcessTouches(
    (marks) => touchProcesses(pool, marks),
    (message, error) => console.error(message, error),
  );
  const merges = createMergePool();
  let closed: Promise<void> | undefined;
  return {
    dialect: 'postgres',
    ...postgresDocStore(pool, touches, merges),
    ...postgresRefusalStore(pool),
    ...postgresProcessStore(pool),
    ...postgresSnapshotStore(pool),
    ...postgresPeopleStore(pool),
    ...postgresCredentialStore(pool),
    ...postgresVisitStore(pool),
    ...postgresRateStore(pool),
    ...postgresAdminStore(pool),
    ...postgresPrivacyStore(pool),
    ...postgresDumpStore(pool),
    close: () =>
      (closed ??= touches
        .close()
        .catch((error: unknown) => console.error('marking changed processes failed', error))
        .then(() => merges.close())
        .then(() => pool.end())),
  };
}
