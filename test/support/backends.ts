// Test support: the storage backends an integration test runs on — SQLite always, PostgreSQL with DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';

export type Backend = {
  name: 'SQLite' | 'PostgreSQL';
  /** Server environment for this backend; each PostgreSQL run gets a schema of its own. */
  env(): Record<string, string>;
  /** Drops what a run left (the schema); a no-op for SQLite, whose data directory the server helper removes. */
  cleanup(): Promise<void>;
};

export function testBackends(): Backend[] {
  const url = process.env.DATABASE_URL;
  const sqlite: Backend = { name: 'SQLite', env: () => ({}), cleanup: async () => undefined };
  if (!url) {
    console.warn('PostgreSQL runs skipped: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
    return [sqlite];
  }
  const schema = `pw_it_${randomBytes(5).toString('hex')}`;
  return [
    sqlite,
    {
      name: 'PostgreSQL',
      env: () => ({ DATABASE_URL: url, DATABASE_SCHEMA: schema }),
      async cleanup() {
        const client = new Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
        } finally {
          await client.end();
        }
      },
    },
  ];
}
