// Test support: server instances as child processes sharing one throwaway PostgreSQL schema and one Redis.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, escapeIdentifier } from 'pg';
import { addMember, createOrg, issueAccessToken } from '../../server/src/auth/accounts.ts';
import { createPostgresStore } from '../../server/src/store/postgres/index.ts';
import { freePort, spawnServer, type ChildServer } from './child-server.ts';
import { removeDataDir } from './server.ts';

export type SharedDatabase = {
  readonly url: string;
  readonly schema: string;
  /** An access token of an admin of the one municipality in the schema. */
  readonly token: string;
  /** Drops the schema with everything in it. */
  drop(): Promise<void>;
};

/** Creates `pw_scale_<random>`, migrates it and seeds a municipality with an admin, as an operator would. */
export async function createSharedDatabase(url: string): Promise<SharedDatabase> {
  const schema = `pw_scale_${randomBytes(6).toString('hex')}`;
  const drop = () => dropSchema(url, schema);
  try {
    const store = await createPostgresStore({ url, schema });
    try {
      const org = await createOrg(store, 'Freiburg');
      await addMember(store, { email: 'admin@freiburg.de', name: 'Admin', orgId: org.id, role: 'admin' });
      const { token } = await issueAccessToken(store, 'admin@freiburg.de');
      return { url, schema, token, drop };
    } finally {
      await store.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

export type InstanceOptions = {
  database: SharedDatabase;
  redisUrl: string;
  /** Instances that should share rooms use the same prefix; every test run uses its own. */
  redisPrefix: string;
  /** More environment for the instance. */
  env?: Record<string, string>;
};

export type Instance = ChildServer & { readonly label: string };

/** Starts one server instance on a free port, on the shared schema and Redis, with generous rate limits. */
export async function spawnInstance(label: string, options: InstanceOptions): Promise<Instance> {
  // The instance stores nothing under DATA_DIR with DATABASE_URL set; the directory only satisfies spawnServer.
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-scale-'));
  try {
    const server = await spawnServer({
      port: await freePort(),
      dataDir,
      env: {
        DATABASE_URL: options.database.url,
        DATABASE_SCHEMA: options.database.schema,
        REDIS_URL: options.redisUrl,
        REDIS_PREFIX: options.redisPrefix,
        MAX_CONNECTIONS_PER_IP_PER_MINUTE: '100000',
        MAX_MESSAGES_PER_SECOND: '100000',
        ...options.env,
      },
    });
    return { ...server, label };
  } finally {
    removeDataDir(dataDir);
  }
}

export const newRedisPrefix = (): string => `pw_scale:${randomBytes(4).toString('hex')}:`;

export async function createProcessOn(instance: Instance, token: string, title: string): Promise<string> {
  const response = await fetch(`${instance.url}/api/processes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`create process: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
