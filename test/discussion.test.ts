import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addNode,
  createThread,
  deleteNode,
  readDiscussion,
  reply,
  resolveThread,
  type NodeId,
} from '@prozesswerk/process-model';
import { createOrg } from '../server/src/auth/accounts.ts';
import { fetchWithBearer } from './support/api.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

describe('discussion summaries: unread, mentions, decision log', () => {
  let server: TestServer;
  const clients: StockClient[] = [];
  const connect = (processId: string, channel: string, token: string) => {
    const client = connectStockClient(server.url, processId, channel, { token });
    clients.push(client);
    return client;
  };
  const api = async (path: string, token: string, method = 'GET') => {
    const response = await fetchWithBearer(server, token, method, path);
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      body: type.includes('json')
        ? ((await response.json()) as Record<string, unknown>)
        : await response.text(),
    };
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('lists the members of the municipality for @mentions, by name and without e-mail addresses', async () => {
    const processId = await createProcess(server);
    const clara = await seedMember(server, 'commenter');
    const viewer = await seedMember(server, 'viewer');
    const { people } = (await api(`/api/processes/${processId}/people`, clara.token)).body as {
      people: { id: string; name: string; org: string }[];
    };
    expect(people.map((person) => person.id).sort()).toEqual(
      expect.arrayContaining([clara.userId, viewer.userId].sort()),
    );
    expect(people.find((person) => person.id === clara.userId)).toEqual({
      id: clara.userId,
      name: 'commenter',
      org: 'Testhausen',
    });
    expect(JSON.stringify(people)).not.toContain('@');
    expect((await api(`/api/processes/${processId}/people`, viewer.token)).status).toBe(403);
    const stranger = await seedMember(server, 'editor', (await createOrg(server.store, 'Anderswo')).id);
    expect((await api(`/api/processes/${processId}/people`, stranger.token)).status).toBe(404);
  });

  it('counts threads and mentions by others since my last visit, and resets on a visit', async () => {
    const processId = await createProcess(server);
    const clara = await seedMember(server, 'commenter');
    const eva = await seedMember(server, 'editor');
    const claraPerson = { id: clara.userId, name: 'commenter' };

    const map = connect(processId, 'map', eva.token);
    await whenSynced(map);
    const step = addNode(map.doc, { kind: 'activity', label: 'Rechtsgrundlage prüfen', x: 0, y: 0 });
    expect((await api(`/api/processes/${processId}/visits`, eva.token, 'POST')).body).toMatchObject({
      lastSeenAt: null,
    });

    const discussion = connect(processId, 'discussion', clara.token);
    await whenSynced(discussion);
    const thread = createThread(discussion.doc, {
      anchor: { type: 'node', id: step },
      author: claraPerson,
      text: 'Braucht das eine Prüfung nach § 14 GewO?',
    });
    reply(discussion.doc, thread, {
      author: claraPerson,
      text: '@Eva kannst du das klären?',
      mentions: [eva.userId],
    });
    const watcher = connect(processId, 'discussion', server.adminToken);
    // The thread and its reply are two updates: both stored once the watcher has both.
    await waitFor(
      () => readDiscussion(watcher.doc).threads[0]?.comments.length === 2,
      15_000,
      'thread and reply',
    );

    const unread = await api(`/api/processes/${processId}/unread`, eva.token);
    expect(unread.body).toMatchObject({ unreadThreads: 1, unreadComments: 2, mentions: 1 });
    const overview = await api('/api/unread', eva.token);
    expect(overview.body).toEqual({
      processes: [{ processId, unreadThreads: 1, unreadComments: 2, mentions: 1, upstream: null }],
      upstreamUpdates: 0,
    });
    // My own comments are never unread for me.
    expect((await api(`/api/processes/${processId}/unread`, clara.token)).body).toMatchObject({
      unreadThreads: 0,
      mentions: 0,
    });

    const visit = await api(`/api/processes/${processId}/visits`, eva.token, 'POST');
    expect(visit.body).toMatchObject({ unread: { unreadThreads: 1, mentions: 1 } });
    expect((await api(`/api/processes/${processId}/unread`, eva.token)).body).toMatchObject({
      unreadThreads: 0,
      mentions: 0,
    });
  });

  it('keeps a thread readable in the decision log after its element was deleted', async () => {
    const processId = await createProcess(server);
    const map = connect(processId, 'map', server.adminToken);
    const discussion = connect(processId, 'discussion', server.adminToken);
    await Promise.all([whenSynced(map), whenSynced(discussion)]);
    const step: NodeId = addNode(map.doc, { kind: 'activity', label: 'Gebühr bar kassieren', x: 0, y: 0 });
    const admin = server.admin;
    const thread = createThread(discussion.doc, {
      anchor: { type: 'node', id: step },
      author: admin,
      text: 'Barzahlung abschaffen?',
    });
    resolveThread(discussion.doc, thread, { by: admin, decision: 'Nur noch Kartenzahlung und ePayBL.' });
    deleteNode(map.doc, step);
    const reader = connect(processId, 'map', server.adminToken);
    await waitFor(() => reader.doc.getMap('nodes').size === 0 && reader.provider.synced);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const log = await api(`/api/processes/${processId}/decision-log`, server.adminToken);
    expect(log.status).toBe(200);
    expect(log.body).toContain('Entscheidungsprotokoll');
    expect(log.body).toContain('Nur noch Kartenzahlung und ePayBL.');
    expect(log.body).toContain('Barzahlung abschaffen?');
  });
});
