// A BPMN import whose map cannot be stored fails whole: no process without its map is left in the municipality's
// list or search, and the same file imports cleanly once the database takes writes again. On SQLite and PostgreSQL.
import Database from 'better-sqlite3';
import { Client, escapeIdentifier } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteFile } from '../server/src/store/sqlite/index.ts';
import { fetchWithBearer } from './support/api.ts';
import { testBackends, type Backend } from './support/backends.ts';
import { removeDataDir, startTestServer, type TestServer } from './support/server.ts';

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="p" name="Sondernutzung"><startEvent id="s" name="Antrag eingegangen"/>
    <task id="t" name="Verkehrsbehörde anhören"/><sequenceFlow id="f" sourceRef="s" targetRef="t"/></process>
</definitions>`;

/** One statement on the server's database over a connection of its own, as an operator with a SQL shell would. */
async function runSql(backend: Backend, server: TestServer, sql: string): Promise<Record<string, unknown>[]> {
  const { DATABASE_URL: url, DATABASE_SCHEMA: schema } = backend.env();
  if (!url) {
    const db = new Database(sqliteFile(server.dataDir));
    try {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all() as Record<string, unknown>[];
      statement.run();
      return [];
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (schema) await client.query(`SET search_path TO ${escapeIdentifier(schema)}`);
    return (await client.query<Record<string, unknown>>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The map log refuses new rows, as a full disk or a failing constraint would; the returned function lifts it. */
async function refuseMapWrites(backend: Backend, server: TestServer): Promise<() => Promise<unknown>> {
  if (backend.name === 'SQLite') {
    await runSql(
      backend,
      server,
      "CREATE TRIGGER refuse_map BEFORE INSERT ON doc_updates BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    return () => runSql(backend, server, 'DROP TRIGGER refuse_map');
  }
  await runSql(
    backend,
    server,
    `CREATE FUNCTION refuse_map() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
     CREATE TRIGGER refuse_map BEFORE INSERT ON doc_updates FOR EACH ROW EXECUTE FUNCTION refuse_map()`,
  );
  return () => runSql(backend, server, 'DROP TRIGGER refuse_map ON doc_updates; DROP FUNCTION refuse_map()');
}

describe.each(testBackends())('a BPMN import that fails part-way ($name)', (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(backend.env());
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
    await backend.cleanup();
  });

  const importFile = () =>
    fetch(`${server.url}/api/orgs/${server.orgId}/processes/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/xml' },
      body: BPMN,
    });
  const listed = async () => {
    const response = await fetchWithBearer(server, server.adminToken, 'GET', '/api/processes');
    return ((await response.json()) as { processes: { id: string; title: string }[] }).processes;
  };
  const found = async (q: string) => {
    const path = `/api/library?q=${encodeURIComponent(q)}`;
    const response = await fetchWithBearer(server, server.adminToken, 'GET', path);
    return ((await response.json()) as { processes: { id: string }[] }).processes;
  };

  it('leaves no process behind when its map cannot be stored, and imports the same file once it can', async () => {
    const allowMapWrites = await refuseMapWrites(backend, server);
    const refused = await importFile();
    expect(refused.status).toBe(500);
    expect(((await refused.json()) as { code: string }).code).toBe('internal-error');
    expect(await listed()).toEqual([]);
    expect(await found('Sondernutzung')).toEqual([]);
    expect(await runSql(backend, server, 'SELECT room FROM doc_updates')).toEqual([]);

    await allowMapWrites();
    const imported = await importFile();
    expect(imported.status).toBe(201);
    const { id } = (await imported.json()) as { id: string };
    expect((await listed()).map((p) => [p.id, p.title])).toEqual([[id, 'Sondernutzung']]);
    expect((await found('Verkehrsbehörde')).map((p) => p.id)).toEqual([id]);
  });
});
