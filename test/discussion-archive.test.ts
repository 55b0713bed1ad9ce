import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addNode,
  createThread,
  deleteNode,
  readProcessMap,
  reply,
  resolveThread,
  type DiscussionThread,
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

type ThreadView = DiscussionThread & { orphaned: boolean };

describe('the discussion of frozen versions and decision log downloads', () => {
  let server: TestServer;
  const clients: StockClient[] = [];
  const connect = (processId: string, channel: string) => {
    const client = connectStockClient(server.url, processId, channel, { token: server.adminToken });
    clients.push(client);
    return client;
  };
  const get = (path: string, token: string | null = server.adminToken) =>
    token === null ? fetch(`${server.url}${path}`) : fetchWithBearer(server, token, 'GET', path);
  const post = async (path: string, body: unknown) => {
    const response = await fetchWithBearer(server, server.adminToken, 'POST', path, body);
    expect(response.status, await response.clone().text()).toBeLessThan(300);
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  // A process with one activity and a resolved thread on it, frozen as version 1.
  async function frozenWithDecision(title = 'Gewerbeanmeldung') {
    const processId = await createProcess(server, title);
    const map = connect(processId, 'map');
    const discussion = connect(processId, 'discussion');
    await Promise.all([whenSynced(map), whenSynced(discussion)]);
    const step = addNode(map.doc, { kind: 'activity', label: 'Gebühr erheben', x: 0, y: 0 });
    const anna = server.admin;
    const thread = createThread(discussion.doc, {
      anchor: { type: 'node', id: step },
      author: anna,
      text: 'Barzahlung abschaffen?',
      map: readProcessMap(map.doc),
    });
    reply(discussion.doc, thread, { author: anna, text: 'Ja, nur noch Karte.' });
    resolveThread(discussion.doc, thread, { by: anna, decision: 'Nur noch Kartenzahlung.' });
    // What another client received is stored (the server stores before it relays): both documents, before freezing.
    const watcher = connect(processId, 'discussion');
    const mapWatcher = connect(processId, 'map');
    await waitFor(() => JSON.stringify(watcher.doc.getMap('threads').toJSON()).includes('Kartenzahlung.'));
    await waitFor(() => readProcessMap(mapWatcher.doc).nodes.length === 1);
    await post(`/api/processes/${processId}/versions`, { name: 'Workshop 1' });
    return { processId, map, discussion, step, anna };
  }

  it('shows a version’s threads as they were at freeze time, whatever happened later', async () => {
    const { processId, map, discussion, step, anna } = await frozenWithDecision();
    createThread(discussion.doc, { anchor: { type: 'point', x: 5, y: 5 }, author: anna, text: 'Später' });
    deleteNode(map.doc, step);
    const watcher = connect(processId, 'discussion');
    const mapWatcher = connect(processId, 'map');
    await waitFor(() => watcher.doc.getMap('threads').size === 2);
    await whenSynced(mapWatcher);
    await waitFor(() => readProcessMap(mapWatcher.doc).nodes.length === 0);

    const response = await get(`/api/processes/${processId}/versions/1/discussion`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { version: number; threads: ThreadView[] };
    expect(body.version).toBe(1);
    expect(body.threads).toHaveLength(1);
    expect(body.threads[0]).toMatchObject({
      anchor: { type: 'node', id: step },
      status: 'resolved',
      decision: 'Nur noch Kartenzahlung.',
      resolvedBy: { name: 'Admin' },
      // The element was deleted only after freezing: in the version it is still there.
      orphaned: false,
    });
    expect(body.threads[0]!.comments.map((comment) => comment.text)).toEqual([
      'Barzahlung abschaffen?',
      'Ja, nur noch Karte.',
    ]);

    // In the live process the element is gone, but the log still says which one it was.
    const live = await (await get(`/api/processes/${processId}/decision-log`)).text();
    expect(live).toContain('## 1. Gelöschte Tätigkeit „Gebühr erheben“ (nicht mehr im Prozess)');
  });

  it('downloads the decision log of a version as a Markdown file named after process and version', async () => {
    const { processId } = await frozenWithDecision('Gewerbe-Ummeldung für Gaststätten');
    const response = await get(`/api/processes/${processId}/versions/1/decision-log`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="Entscheidungsprotokoll-Gewerbe-Ummeldung-fuer-Gaststaetten-Version-1.md"; ' +
        `filename*=UTF-8''${encodeURIComponent('Entscheidungsprotokoll-Gewerbe-Ummeldung-für-Gaststätten-Version-1.md')}`,
    );
    const markdown = await response.text();
    // Ready for a council record: process, municipality, and which version of it from when.
    expect(markdown).toMatch(
      /^# Entscheidungsprotokoll: Gewerbe-Ummeldung für Gaststätten\n\n\*\*Kommune:\*\* Testhausen {2}\n\*\*Stand:\*\* Version 1 „Workshop 1“, eingefroren am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr\n/,
    );
    expect(markdown).toContain('## 1. Tätigkeit „Gebühr erheben“');
    expect(markdown).toContain('**Entscheidung:** Nur noch Kartenzahlung.');

    const live = await get(`/api/processes/${processId}/decision-log`);
    expect(live.headers.get('content-disposition')).toContain(
      'filename="Entscheidungsprotokoll-Gewerbe-Ummeldung-fuer-Gaststaetten.md"',
    );
    expect(await live.text()).toMatch(
      /^# Entscheidungsprotokoll: Gewerbe-Ummeldung für Gaststätten\n\n\*\*Kommune:\*\* Testhausen {2}\n\*\*Stand:\*\* \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr\n/,
    );
  });

  it('lets only those read a version’s discussion and decision log who may read the version', async () => {
    const { processId } = await frozenWithDecision();
    const viewer = await seedMember(server, 'viewer');
    const stranger = await seedMember(server, 'editor', (await createOrg(server.store, 'Nachbarort')).id);
    const paths = {
      discussion: `/api/processes/${processId}/versions/1/discussion`,
      versionLog: `/api/processes/${processId}/versions/1/decision-log`,
      liveLog: `/api/processes/${processId}/decision-log`,
    };
    const statuses = async (token: string | null) => ({
      discussion: (await get(paths.discussion, token)).status,
      versionLog: (await get(paths.versionLog, token)).status,
      liveLog: (await get(paths.liveLog, token)).status,
    });

    expect(await statuses(null)).toEqual({ discussion: 401, versionLog: 401, liveLog: 401 });
    expect(await statuses(viewer.token)).toEqual({ discussion: 200, versionLog: 200, liveLog: 200 });
    expect(await statuses(stranger.token)).toEqual({ discussion: 404, versionLog: 404, liveLog: 404 });
    const refused = await get(paths.discussion, stranger.token);
    expect(await refused.json()).toMatchObject({ code: 'process-not-found' });
    expect((await get(`/api/processes/${processId}/versions/2/discussion`)).status).toBe(404);
    expect((await get(`/api/processes/${processId}/versions/zwei/discussion`)).status).toBe(400);

    // Publishing shares the version with every municipality, but its discussion only when the publisher says so.
    await post(`/api/processes/${processId}/versions/1/publish`, {});
    expect(await statuses(stranger.token)).toEqual({ discussion: 404, versionLog: 404, liveLog: 404 });
    const withheld = await get(paths.discussion, stranger.token);
    expect(await withheld.json()).toMatchObject({ code: 'discussion-not-shared' });
    await post(`/api/processes/${processId}/versions/1/publish`, { discussion: true });
    expect(await statuses(stranger.token)).toEqual({ discussion: 200, versionLog: 200, liveLog: 404 });
  });
});
