// Nobody writes the discussion in another person's name: authors, others' comments and decisions are judged by the
// server, on one instance (SQLite) and across two instances on PostgreSQL + Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '@prozesswerk/protocol';
import { roomName } from '@prozesswerk/protocol';
import {
  createThread,
  readDiscussion,
  reply,
  resolveThread,
  type Person,
  type ThreadId,
} from '@prozesswerk/process-model';
import { addMember, issueAccessToken } from '../server/src/auth/accounts.ts';
import { readStoredDoc } from '../server/src/library/stored-docs.ts';
import { createPostgresStore } from '../server/src/store/postgres/index.ts';
import type { Store } from '../server/src/store/store.ts';
import { waitFor } from './support/clients.ts';
import { connectAs, type ObservedClient } from './support/raw-client.ts';
import {
  createProcessOn,
  createSharedDatabase,
  newRedisPrefix,
  spawnInstance,
  type Instance,
  type SharedDatabase,
} from './support/scale-out-cluster.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

const WAIT_MS = 15_000;

/** Where the test runs: the instance people write on, the one others watch from, and the shared storage. */
type Cluster = {
  writeUrl: string;
  watchUrl: string;
  store: Store;
  orgId: string;
  orgName: string;
  adminToken: string;
  createProcess(): Promise<string>;
};

type Member = { person: Person; token: string };

async function member(cluster: Cluster, role: Role, name: string): Promise<Member> {
  const email = `${role}-${Math.random().toString(36).slice(2)}@test.de`;
  const { id } = await addMember(cluster.store, { email, name, orgId: cluster.orgId, role });
  const { token } = await issueAccessToken(cluster.store, email);
  return { person: { id, name, org: cluster.orgName }, token };
}

function forgeryCases(setUp: () => Promise<Cluster>, tearDown: () => Promise<void>) {
  let cluster: Cluster;
  let fritz: Member; // facilitator
  let carla: Member; // commenter
  let anna: Member; // editor, watching from the other instance
  const clients: ObservedClient[] = [];

  beforeAll(async () => {
    cluster = await setUp();
    [fritz, carla, anna] = await Promise.all([
      member(cluster, 'facilitator', 'Fritz Fischer'),
      member(cluster, 'commenter', 'Carla Commenter'),
      member(cluster, 'editor', 'Anna Albrecht'),
    ]);
  }, 60_000);
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await tearDown();
  });

  const open = async (url: string, processId: string, who: Member) => {
    const client = connectAs(url, roomName(processId, 'discussion'), { bearer: who.token });
    clients.push(client);
    await waitFor(() => client.provider.synced, WAIT_MS, 'sync');
    return client;
  };
  const stored = async (processId: string) => {
    return readDiscussion(await readStoredDoc(cluster.store, processId, 'discussion'));
  };
  const decisionOf = (doc: Y.Doc, thread: ThreadId) =>
    readDiscussion(doc).threads.find((t) => t.id === thread)?.decision;
  /** Every decision and every author the watcher's document ever showed. */
  const watch = (client: ObservedClient) => {
    const seen = new Set<string>();
    client.doc.on('update', () => {
      for (const thread of readDiscussion(client.doc).threads) {
        if (thread.decision) seen.add(thread.decision);
        if (thread.resolvedBy) seen.add(thread.resolvedBy.name);
        for (const comment of thread.comments) seen.add(`${comment.author.name}: ${comment.text}`);
      }
    });
    return seen;
  };
  const now = () => Date.now();

  it('refuses a commenter rewriting the facilitator’s decision: not stored, not seen by anyone else', async () => {
    const processId = await cluster.createProcess();
    const facilitator = await open(cluster.writeUrl, processId, fritz);
    let thread = '' as ThreadId;
    facilitator.doc.transact(() => {
      thread = createThread(facilitator.doc, {
        anchor: { type: 'point', x: 0, y: 0 },
        author: fritz.person,
        text: 'Bleibt die Gebühr bei 20 €?',
        now: now(),
      });
    });
    resolveThread(facilitator.doc, thread, {
      by: fritz.person,
      decision: 'Gebühr bleibt bei 20 €.',
      now: now(),
    });
    const watcher = await open(cluster.watchUrl, processId, anna);
    const seen = watch(watcher);
    await waitFor(
      () => decisionOf(watcher.doc, thread) === 'Gebühr bleibt bei 20 €.',
      WAIT_MS,
      'the decision',
    );

    const forger = await open(cluster.writeUrl, processId, carla);
    resolveThread(forger.doc, thread, { by: fritz.person, decision: 'Gebühr wird abgeschafft.', now: now() });
    await waitFor(() => forger.denials.length === 1, WAIT_MS, 'the refusal');
    expect(forger.denials).toEqual(['permission-denied:discussion-not-moderator']);
    // The same document reconnecting sends the forgery again, and it is refused again.
    forger.provider.disconnect();
    forger.provider.connect();
    await waitFor(() => forger.denials.length === 2, WAIT_MS, 'the resend refused');
    expect(forger.denials[1]).toBe('permission-denied:builds-on-refused');

    // Carla's own comment, from a new document, is taken — and reaches the watcher after anything sent before it.
    const honest = await open(cluster.writeUrl, processId, carla);
    reply(honest.doc, thread, { author: carla.person, text: 'Danke für die Klärung.', now: now() });
    await waitFor(
      () => seen.has('Carla Commenter: Danke für die Klärung.'),
      WAIT_MS,
      'the commenter’s own reply at the watcher',
    );
    expect(honest.denials).toEqual([]);
    expect(seen.has('Gebühr wird abgeschafft.')).toBe(false);
    const fresh = await open(cluster.watchUrl, processId, anna);
    expect(decisionOf(fresh.doc, thread)).toBe('Gebühr bleibt bei 20 €.');
    const inStorage = (await stored(processId)).threads[0]!;
    expect(inStorage).toMatchObject({ decision: 'Gebühr bleibt bei 20 €.', resolvedBy: fritz.person });
    expect(inStorage.comments.map((c) => [c.author.name, c.text])).toEqual([
      ['Fritz Fischer', 'Bleibt die Gebühr bei 20 €?'],
      ['Carla Commenter', 'Danke für die Klärung.'],
    ]);
  });

  it('refuses a resolved thread “by Anna Albrecht” written by someone else; the facilitator resolves in their own name', async () => {
    const processId = await cluster.createProcess();
    const forger = await open(cluster.writeUrl, processId, carla);
    const watcher = await open(cluster.watchUrl, processId, anna);
    const seen = watch(watcher);
    const forged = createThread(forger.doc, {
      anchor: { type: 'point', x: 10, y: 10 },
      author: anna.person,
      text: 'Beschlossen im Rat.',
      now: now(),
    });
    resolveThread(forger.doc, forged, {
      by: anna.person,
      decision: 'Ratsbeschluss: Gebühr entfällt.',
      now: now(),
    });
    await waitFor(() => forger.denials.length >= 1, WAIT_MS, 'the refusal');
    expect(forger.denials[0]).toBe('permission-denied:discussion-not-author');

    const own = await open(cluster.writeUrl, processId, carla);
    const question = createThread(own.doc, {
      anchor: { type: 'point', x: 20, y: 20 },
      author: carla.person,
      text: 'Wer entscheidet über die Gebühr?',
      now: now(),
    });
    const facilitator = await open(cluster.watchUrl, processId, fritz);
    await waitFor(
      () =>
        decisionOf(facilitator.doc, question) === undefined &&
        readDiscussion(facilitator.doc).threads.length === 1,
      WAIT_MS,
      'the commenter’s thread at the facilitator',
    );
    resolveThread(facilitator.doc, question, { by: fritz.person, decision: 'Der Gemeinderat.', now: now() });
    await waitFor(
      () => decisionOf(own.doc, question) === 'Der Gemeinderat.',
      WAIT_MS,
      'the facilitator’s decision',
    );
    expect(facilitator.denials).toEqual([]);

    expect(seen.has('Ratsbeschluss: Gebühr entfällt.')).toBe(false);
    expect(seen.has('Anna Albrecht: Beschlossen im Rat.')).toBe(false);
    const inStorage = await stored(processId);
    expect(inStorage.threads.map((t) => [t.createdBy.name, t.decision, t.resolvedBy?.name])).toEqual([
      ['Carla Commenter', 'Der Gemeinderat.', 'Fritz Fischer'],
    ]);

    const log = await fetch(`${cluster.watchUrl}/api/processes/${processId}/decision-log`, {
      headers: { authorization: `Bearer ${cluster.adminToken}` },
    });
    expect(log.status).toBe(200);
    const markdown = await log.text();
    expect(markdown).toContain('Der Gemeinderat.');
    expect(markdown).toContain('Fritz Fischer');
    expect(markdown).not.toContain('Ratsbeschluss');
    expect(markdown).not.toContain('Anna Albrecht');
  });
}

describe('the discussion on one instance (SQLite)', () => {
  let server: TestServer;
  forgeryCases(
    async () => {
      server = await startTestServer();
      return {
        writeUrl: server.url,
        watchUrl: server.url,
        store: server.store,
        orgId: server.orgId,
        orgName: 'Testhausen',
        adminToken: server.adminToken,
        createProcess: () => createProcess(server),
      };
    },
    async () => {
      await server?.close();
      if (server) removeDataDir(server.dataDir);
    },
  );
});

describe('the decision log of a discussion written before the server judged it (SQLite)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
    if (server) removeDataDir(server.dataDir);
  });

  it('names people as storage knows them, never as the document claims', async () => {
    const processId = await createProcess(server);
    const fritz = await seedMember(server, 'facilitator', server.orgId, undefined, 'Fritz Fischer');
    // Written past the judge, as a document from before it could hold: a forged name and an id nobody has.
    await server.sync.docs.change(processId, 'discussion', (doc) => {
      const thread = createThread(doc, {
        anchor: { type: 'point', x: 0, y: 0 },
        author: { id: fritz.userId, name: 'Bürgermeister Fritz', org: 'Stadt Kehl' },
        text: 'Gebühr?',
      });
      resolveThread(doc, thread, {
        by: { id: 'nobody-we-know', name: 'Anna Albrecht' },
        decision: 'Gebühr entfällt.',
      });
    });
    const log = await fetch(`${server.url}/api/processes/${processId}/decision-log`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    const markdown = await log.text();
    expect(markdown).toContain('Gebühr entfällt.');
    expect(markdown).toContain('Entschieden von Unbekannt');
    expect(markdown).toContain('Eröffnet von Fritz Fischer');
    expect(markdown).not.toContain('Anna Albrecht');
    expect(markdown).not.toContain('Bürgermeister');
    expect(markdown).not.toContain('Stadt Kehl');
  });
});

const databaseUrl = process.env.DATABASE_URL ?? '';
const redisUrl = process.env.REDIS_URL ?? '';
describe.skipIf(!databaseUrl || !redisUrl)('the discussion across two instances (PostgreSQL + Redis)', () => {
  let database: SharedDatabase | undefined;
  let store: Store | undefined;
  const instances: Instance[] = [];
  forgeryCases(
    async () => {
      database = await createSharedDatabase(databaseUrl);
      store = await createPostgresStore({ url: database.url, schema: database.schema });
      const prefix = newRedisPrefix();
      const options = { database, redisUrl, redisPrefix: prefix };
      instances.push(...(await Promise.all([spawnInstance('A', options), spawnInstance('B', options)])));
      const [a, b] = instances as [Instance, Instance];
      const org = (await store.listOrgs())[0]!;
      return {
        writeUrl: a.url,
        watchUrl: b.url,
        store,
        orgId: org.id,
        orgName: org.name,
        adminToken: database.token,
        createProcess: () => createProcessOn(a, database!.token, 'Gewerbeanmeldung'),
      };
    },
    async () => {
      await Promise.all(instances.splice(0).map((instance) => instance.kill()));
      await store?.close();
      await database?.drop();
    },
  );
});
