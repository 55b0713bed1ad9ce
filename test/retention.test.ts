// Retention with an injected clock (no waiting), an erasure a crash cut short completing on restart, and the
// operator CLI's person export, person erase and retention run.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThread, readDiscussion } from '@prozesswerk/process-model';
import { addMember, issueAccessToken } from '../server/src/auth/accounts.ts';
import { readStoredDoc } from '../server/src/library/stored-docs.ts';
import { runRetention } from '../server/src/privacy/retention.ts';
import { fetchWithBearer } from './support/api.ts';
import { connectStockClient, waitFor, whenSynced } from './support/clients.ts';
import { placesHolding, sqlitePlaces } from './support/database-text.ts';
import { joinAsGuest } from './support/personas.ts';
import { createProcess, removeDataDir, startTestServer, type TestServer } from './support/server.ts';

const DAY = 86_400_000;
const run = promisify(execFile);

async function threadsOf(server: TestServer, processId: string) {
  const doc = await readStoredDoc(server.store, processId, 'discussion');
  const { threads } = readDiscussion(doc);
  doc.destroy();
  return threads;
}

async function writeThread(
  server: TestServer,
  processId: string,
  params: Record<string, string>,
  author: object,
) {
  const client = connectStockClient(server.url, processId, 'discussion', params);
  await whenSynced(client);
  const before = (await threadsOf(server, processId)).length;
  createThread(client.doc, {
    anchor: { type: 'point', x: 0, y: 0 },
    author: author as { id: string; name: string },
    text: 'Bitte die Gebühr prüfen',
  });
  await waitFor(() => client.provider.synced, 5000);
  for (let i = 0; i < 200 && (await threadsOf(server, processId)).length === before; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  client.destroy();
}

describe('retention and resumed erasure', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('erases a guest of a revoked link once GUEST_RETENTION_DAYS have passed, not before', async () => {
    const processId = await createProcess(server, 'Hundesteuer');
    const link = (await (
      await fetchWithBearer(server, server.adminToken, 'POST', `/api/processes/${processId}/invites`, {
        role: 'commenter',
      })
    ).json()) as { id: string; token: string };
    const cookie = await joinAsGuest(server, link.token, 'Gerda Gast-Huber');
    const session = (await (
      await fetch(`${server.url}/api/auth/session`, { headers: { cookie } })
    ).json()) as {
      guest: { id: string };
    };
    // The guest's comment, written through the server's sync path (as her browser's socket would).
    await server.sync.docs.change(processId, 'discussion', (doc) =>
      createThread(doc, {
        anchor: { type: 'point', x: 0, y: 0 },
        author: { id: session.guest.id, name: 'Gerda Gast-Huber' },
        text: 'Zweithunde?',
      }),
    );
    expect(
      (await fetchWithBearer(server, server.adminToken, 'DELETE', `/api/invites/${link.id}`)).status,
    ).toBe(204);
    const revokedAt = Date.now();

    const at = (days: number) =>
      runRetention({
        store: server.store,
        eraser: server.eraser,
        now: new Date(revokedAt + days * DAY),
        guestRetentionDays: 30,
      });
    // Her session expired with the link's day: purged already, while the guest record waits for its time.
    const early = await at(29);
    expect(early.guestsErased).toBe(0);
    expect(early.sessionsPurged).toBeGreaterThanOrEqual(1);
    expect(await server.store.getGuest(session.guest.id)).toBeDefined();

    const result = await at(31);
    expect(result.guestsErased).toBe(1);
    expect(await server.store.getGuest(session.guest.id)).toBeUndefined();
    const [thread] = await threadsOf(server, processId);
    expect(thread?.createdBy.name).toMatch(/^Ehemalige Person \d+$/);
    expect(placesHolding(sqlitePlaces(server.dataDir), ['Gerda Gast-Huber'])).toEqual([]);
    expect((await fetch(`${server.url}/api/auth/session`, { headers: { cookie } })).status).toBe(401);
  });

  it('completes an erasure that a crash cut short, when the server starts again', async () => {
    const processId = await createProcess(server, 'Gewerbeanmeldung');
    const { id } = await addMember(server.store, {
      email: 'paula.pause@test.de',
      name: 'Paula Pause',
      orgId: server.orgId,
      role: 'editor',
    });
    const { token } = await issueAccessToken(server.store, 'paula.pause@test.de');
    await writeThread(server, processId, { token }, { id, name: 'Paula Pause' });
    // The first transaction of an erasure, and then the process died.
    await server.store.beginErasure({
      id,
      personIds: [id],
      kind: 'user',
      orgIds: [server.orgId],
      requestedBy: null,
      reason: 'request',
      startedAt: new Date().toISOString(),
      pending: { name: 'Paula Pause', emails: ['paula.pause@test.de'] },
    });
    expect(placesHolding(sqlitePlaces(server.dataDir), ['Paula Pause'])).not.toEqual([]);
    server = await server.restart();
    for (let i = 0; i < 300 && (await server.store.getErasureOf(id))?.finishedAt == null; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await server.store.getErasureOf(id))?.finishedAt).not.toBeNull();
    expect(placesHolding(sqlitePlaces(server.dataDir), ['Paula Pause', 'paula.pause@test.de'])).toEqual([]);
    expect((await threadsOf(server, processId))[0]?.createdBy.name).toMatch(/^Ehemalige Person \d+$/);
  });
});

describe('the operator CLI', () => {
  let server: TestServer;
  const cli = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/src/cli/main.ts', ...args], {
      cwd: join(import.meta.dirname, '..'),
      env: { PATH: process.env.PATH ?? '', DATA_DIR: server.dataDir },
    });
    return stdout;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('exports and erases a person by email, and runs retention', async () => {
    const processId = await createProcess(server, 'Bauantrag');
    const { id } = await addMember(server.store, {
      email: 'clara.cli@test.de',
      name: 'Clara Cli',
      orgId: server.orgId,
      role: 'editor',
    });
    const { token } = await issueAccessToken(server.store, 'clara.cli@test.de');
    await writeThread(server, processId, { token }, { id, name: 'Clara Cli' });
    const watching = connectStockClient(server.url, processId, 'discussion', { token: server.adminToken });
    await whenSynced(watching);

    const exported = JSON.parse(await cli('person', 'export', '--email', 'clara.cli@test.de')) as {
      person: { name: string };
      comments: unknown[];
    };
    expect(exported.person.name).toBe('Clara Cli');
    expect(exported.comments).toHaveLength(1);
    expect(await cli('person', 'export', '--email', 'clara.cli@test.de', '--format', 'markdown')).toContain(
      '# Auskunft über gespeicherte Daten: Clara Cli',
    );

    const erased = JSON.parse(await cli('person', 'erase', '--email', 'clara.cli@test.de')) as {
      pseudonym: string;
    };
    expect(erased.pseudonym).toMatch(/^Ehemalige Person \d+$/);
    // The running server picks the CLI's change up at its next round and relays it to whoever is connected.
    await server.maintenance.runNow();
    await waitFor(
      () => readDiscussion(watching.doc).threads[0]?.createdBy.name === erased.pseudonym,
      15_000,
      'pseudonym at a connected client',
    );
    watching.destroy();
    expect(placesHolding(sqlitePlaces(server.dataDir), ['Clara Cli', 'clara.cli@test.de'])).toEqual([]);
    expect(JSON.parse(await cli('retention', 'run'))).toMatchObject({ guestsErased: 0 });
    // Four CLI processes one after the other, each starting through tsx: on a busy machine over a minute.
  }, 180_000);
});
