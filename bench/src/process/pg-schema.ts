// A bench run's own PostgreSQL schema: the unaccent extension kept outside it, and the schema dropped after.
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The name of a new schema for one run, `pw_bench_<id>` (the server creates it when it migrates), with the unaccent
 * extension made outside it first. Drop it with dropSchema when the run is over.
 */
export async function freshSchema(url: string, id = randomBytes(6).toString('hex')): Promise<string> {
  await ensureUnaccentOutsideSchema(url);
  return `pw_bench_${id}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  await withClient(url, (client) =>
    client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`),
  );
}

/**
 * The migrations create the unaccent extension if it is missing, in the first schema of the search path: that would
 * be the bench's schema, and dropping it would then take the extension away from every other schema. Created here
 * first, it lands in the database's default schema. Not fatal if it cannot be had: the server falls back.
 */
async function ensureUnaccentOutsideSchema(url: string): Promise<void> {
  await withClient(url, (client) => client.query('CREATE EXTENSION IF NOT EXISTS unaccent')).catch(
    () => undefined,
  );
}
