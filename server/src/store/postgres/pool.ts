// PostgreSQL: the connection pool, scoped to one schema when asked, and the transaction helper the modules share.
import { escapeIdentifier, Pool, type PoolClient } from 'pg';

export type PoolOptions = {
  url: string;
  /** Every connection uses this schema (search_path); the migrations create it when missing. */
  schema?: string | undefined;
  /** Called when an idle pooled connection fails (the pool replaces it); defaults to console.error. */
  onIdleError?: ((error: Error) => void) | undefined;
};

export function createPool({ url, schema, onIdleError }: PoolOptions): Pool {
  const setSearchPath = schema === undefined ? undefined : `SET search_path TO ${escapeIdentifier(schema)}`;
  const pool = new Pool({
    connectionString: url,
    // pg-pool's awaited form of the 'connect' event: the client is handed out only after search_path is set, and a
    // failure reaches the caller instead of an unhandled rejection.
    ...(setSearchPath ? { onConnect: async (client) => void (await client.query(setSearchPath)) } : {}),
  });
  // Without a listener, a connection dropped while idle (database restart, network) would crash the server.
  pool.on('error', onIdleError ?? ((error) => console.error('PostgreSQL: an idle connection failed', error)));
  return pool;
}

/** Runs work in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
  begin: 'BEGIN' | 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' = 'BEGIN',
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    // If even ROLLBACK fails the connection is broken: releasing it with the error makes the pool discard it.
    await client.query('ROLLBACK').then(
      () => client.release(),
      (rollbackError: Error) => client.release(rollbackError),
    );
    throw error;
  }
}
