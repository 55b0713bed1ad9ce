import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client, escapeIdentifier } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../server/src/config.ts';
import { startServer, type RunningServer } from '../server/src/server.ts';
import { createPostgresStore } from '../server/src/store/postgres/index.ts';
import { removeDataDir } from './support/server.ts';

const run = promisify(execFile);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl)
  console.warn(
    'export-import.test.ts skipped: set DATABASE_URL to move a library from SQLite into PostgreSQL',
  );

/** Runs the operator CLI exactly as an operator would, returning its one JSON object. */
async function cli(env: Record<string, string>, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/src/cli/main.ts', ...args], {
    cwd: join(import.meta.dirname, '..'),
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe.skipIf(!databaseUrl)('moving a library from SQLite to PostgreSQL', () => {
  const schema = `pw_move_${randomBytes(5).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-move-'));
  let sqliteServer: RunningServer | undefined;

  afterAll(async () => {
    await sqliteServer?.close();
    removeDataDir(dataDir);
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
    await client.end();
  });

  it('keeps the library, the documents and every version with its hash', async () => {
    // A realistic library: the demo (each town's variant published as version 1), plus one more version.
    sqliteServer = await startServer(
      parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }),
      () => undefined,
      {
        demo: true,
      },
    );
    const token = (
      (await cli({ DATA_DIR: dataDir }, 'token', 'create', '--email', 'anna.admin@kehl.example')) as {
        token: string;
      }
    ).token;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const { processes } = (await (await fetch(`${sqliteServer.url}/api/processes`, { headers })).json()) as {
      processes: { id: string }[];
    };
    const processId = processes[0]!.id;
    const frozen = await fetch(`${sqliteServer.url}/api/processes/${processId}/versions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Workshop Kehl', agreedBy: [{ name: 'Anna', org: 'Kehl' }] }),
    });
    const { sha256, version } = (await frozen.json()) as { sha256: string; version: number };
    await fetch(`${sqliteServer.url}/api/processes/${processId}/versions/${version}/publish`, {
      method: 'POST',
      headers,
    });
    const before = await sqliteServer.store.dumpAll();
    await sqliteServer.close();
    sqliteServer = undefined;

    const file = join(dataDir, 'library.json');
    const exported = await cli({ DATA_DIR: dataDir }, 'library', 'export', '--file', file);
    expect(exported).toMatchObject({ orgs: 2, processes: 2, snapshots: 3 });
    const imported = await cli(
      { DATABASE_URL: databaseUrl!, DATABASE_SCHEMA: schema },
      'library',
      'import',
      '--file',
      file,
    );
    expect(imported).toEqual(exported);

    const postgres = await createPostgresStore({ url: databaseUrl!, schema });
    try {
      const after = await postgres.dumpAll();
      expect(after).toEqual(before);
      expect((await postgres.getSnapshot(processId, version))?.sha256).toBe(sha256);
      const found = await postgres.searchLibrary({
        memberOrgIds: [],
        includePublished: true,
        text: 'Gewerbeschein',
      });
      expect(found.map((p) => p.id)).toContain(processId);
    } finally {
      await postgres.close();
    }
    // Three CLI processes one after the other, each starting through tsx.
  }, 180_000);
});
