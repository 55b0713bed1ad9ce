import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addNode,
  connect as connectNodes,
  createThread,
  deleteNode,
  readDiscussion,
  readProcessMap,
  relabelNode,
  type NodeId,
} from '@prozesswerk/process-model';
import { sqliteFile } from '../server/src/store/sqlite/index.ts';
import { fetchWithBearer } from './support/api.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';
import { createOrg } from '../server/src/auth/accounts.ts';

describe('process library: versions, restore, adopt, search', () => {
  let server: TestServer;
  const clients: StockClient[] = [];
  const connect = (processId: string, channel = 'map', token = server.adminToken) => {
    const client = connectStockClient(server.url, processId, channel, { token });
    clients.push(client);
    return client;
  };
  const api = async (method: string, path: string, body?: unknown, token = server.adminToken) => {
    const response = await fetchWithBearer(server, token, method, path, body);
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  async function processWithMap(): Promise<{ processId: string; editor: StockClient; ids: NodeId[] }> {
    const processId = await createProcess(server);
    const editor = connect(processId);
    await whenSynced(editor);
    const a = addNode(editor.doc, {
      kind: 'activity',
      label: 'Antrag prüfen',
      x: 0,
      y: 0,
      attrs: { durationMin: 10 },
    });
    const b = addNode(editor.doc, { kind: 'activity', label: 'Gebühr erheben', x: 200, y: 0 });
    connectNodes(editor.doc, { source: a, target: b });
    const watcher = connect(processId);
    await waitFor(() => readProcessMap(watcher.doc).edges.length === 1);
    return { processId, editor, ids: [a, b] };
  }

  it('freezes a version whose state survives a restart byte for byte, with a matching hash', async () => {
    const { processId } = await processWithMap();
    const frozen = await api('POST', `/api/processes/${processId}/versions`, {
      name: 'Workshop 1',
      note: 'Abgestimmt',
      agreedBy: [{ name: 'Anna', org: 'Kehl' }],
    });
    expect(frozen.status).toBe(201);
    expect(frozen.body).toMatchObject({
      version: 1,
      name: 'Workshop 1',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const before = await server.store.getSnapshot(processId, 1);
    expect((await api('GET', `/api/processes/${processId}`)).body.status).toBe('agreed');

    for (const client of clients.splice(0)) client.destroy();
    server = await server.restart();
    const after = await server.store.getSnapshot(processId, 1);
    expect(Buffer.from(after!.mapState).equals(Buffer.from(before!.mapState))).toBe(true);
    expect(after!.sha256).toBe(frozen.body.sha256);
    const read = await api('GET', `/api/processes/${processId}/versions/1`, undefined, server.adminToken);
    expect(read.status).toBe(200);
    expect((read.body.map as { nodes: { label: string }[] }).nodes.map((n) => n.label).sort()).toEqual([
      'Antrag prüfen',
      'Gebühr erheben',
    ]);
  });

  it('refuses to show a version whose stored content was tampered with', async () => {
    const { processId } = await processWithMap();
    await api('POST', `/api/processes/${processId}/versions`, { name: 'v1' });
    const db = new Database(sqliteFile(server.dataDir));
    db.exec('DROP TRIGGER versions_refuse_update');
    db.prepare(
      "UPDATE versions SET sealed_json = replace(sealed_json, 'Gebühr erheben', 'Gebühr erlassen')",
    ).run();
    db.close();
    const read = await api('GET', `/api/processes/${processId}/versions/1`);
    expect(read.status).toBe(409);
    expect(read.body.code).toBe('snapshot-tampered');
    expect(JSON.stringify(read.body)).not.toContain('erlassen');
  });

  it('restores a version as one new change that connected editors see, keeping later comments', async () => {
    const { processId, editor, ids } = await processWithMap();
    await api('POST', `/api/processes/${processId}/versions`, { name: 'v1' });
    const frozenMap = (await api('GET', `/api/processes/${processId}/versions/1`)).body.map;

    deleteNode(editor.doc, ids[1]!);
    relabelNode(editor.doc, ids[0]!, 'Antrag sofort genehmigen');
    addNode(editor.doc, { kind: 'note', label: 'Später klären', x: 0, y: 300 });
    const discussion = connect(processId, 'discussion');
    await whenSynced(discussion);
    createThread(discussion.doc, {
      anchor: { type: 'point', x: 0, y: 0 },
      author: server.admin,
      text: 'Rechtsgrundlage prüfen',
    });
    const other = connect(processId);
    await waitFor(
      () =>
        readProcessMap(other.doc).nodes.length === 2 &&
        readProcessMap(other.doc).nodes.some((n) => n.kind === 'note'),
    );

    expect((await api('POST', `/api/processes/${processId}/versions/1/restore`)).status).toBe(200);
    await waitFor(
      () => JSON.stringify(readProcessMap(editor.doc)) === JSON.stringify(frozenMap),
      15_000,
      'restore seen live',
    );
    await waitFor(
      () => JSON.stringify(readProcessMap(other.doc)) === JSON.stringify(frozenMap),
      15_000,
      'restore seen live',
    );
    const reader = connect(processId, 'discussion');
    await waitFor(
      () => readDiscussion(reader.doc).threads[0]?.comments[0]?.text === 'Rechtsgrundlage prüfen',
    );
  });

  it('adopts a published version into another municipality as an independent process with lineage', async () => {
    const { processId, editor } = await processWithMap();
    await api('PATCH', `/api/processes/${processId}`, { tier: 'referenz' });
    await api('POST', `/api/processes/${processId}/versions`, { name: 'Referenz' });
    expect((await api('POST', `/api/processes/${processId}/versions/1/publish`)).status).toBe(200);

    const offenburg = await createOrg(server.store, 'Offenburg');
    const clara = await seedMember(server, 'editor', offenburg.id);
    expect((await api('GET', `/api/processes/${processId}`, undefined, clara.token)).status).toBe(404);
    expect((await api('GET', `/api/processes/${processId}/versions/1`, undefined, clara.token)).status).toBe(
      200,
    );
    const adopted = await api(
      'POST',
      `/api/processes/${processId}/versions/1/adopt`,
      { orgId: offenburg.id, title: 'Gewerbeanmeldung Offenburg' },
      clara.token,
    );
    expect(adopted.status).toBe(201);
    expect(adopted.body).toMatchObject({
      tier: 'lokal',
      originProcessId: processId,
      originVersion: 1,
      orgId: offenburg.id,
    });
    const variantId = adopted.body.id as string;

    const variant = connect(variantId, 'map', clara.token);
    await waitFor(() => readProcessMap(variant.doc).nodes.length === 2, 15_000, 'variant map');
    addNode(variant.doc, { kind: 'activity', label: 'Online-Antrag prüfen', x: 0, y: 100 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readProcessMap(editor.doc).nodes.map((n) => n.label)).not.toContain('Online-Antrag prüfen');

    const seenByOffenburg = await api('GET', `/api/processes/${variantId}/lineage`, undefined, clara.token);
    expect(seenByOffenburg.body.origin).toMatchObject({ id: processId, version: 1 });
    const seenByOrigin = await api('GET', `/api/processes/${processId}/lineage`, undefined, clara.token);
    expect((seenByOrigin.body.variants as { id: string }[]).map((v) => v.id)).toEqual([variantId]);
    // The origin's own municipality learns that a variant exists, but not its unpublished content.
    const seenByKehl = await api('GET', `/api/processes/${processId}/lineage`);
    expect(seenByKehl.body).toMatchObject({ variants: [], hiddenVariants: 1 });
    expect(JSON.stringify(seenByKehl.body)).not.toContain('Offenburg');
    const compared = await api('GET', `/api/processes/${variantId}/compare-origin`, undefined, clara.token);
    expect(compared.status).toBe(200);
    expect(
      (compared.body.diff as { nodes: { added: { label: string }[] } }).nodes.added.map((n) => n.label),
    ).toEqual(['Online-Antrag prüfen']);
  });

  it('finds a process in the library by a word from one of its step labels', async () => {
    await processWithMap();
    const search = async (q: string) =>
      (
        (await api('GET', `/api/library?q=${encodeURIComponent(q)}`)).body.processes as { title: string }[]
      ).map((p) => p.title);
    let found: string[] = [];
    // The search index is refreshed a while after the last edit (search-indexer.ts); on a busy machine later still.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && found.length === 0) {
      found = await search('Gebühr');
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(found).toEqual(['Gewerbeanmeldung']);
    expect(await search('Baugenehmigung')).toEqual([]);
  });

  it('compares a version with the live map, naming what changed', async () => {
    const { processId, editor, ids } = await processWithMap();
    await api('POST', `/api/processes/${processId}/versions`, { name: 'v1' });
    relabelNode(editor.doc, ids[0]!, 'Antrag gründlich prüfen');
    await new Promise((resolve) => setTimeout(resolve, 150));
    const compared = await api('GET', `/api/processes/${processId}/compare?from=1&to=live`);
    const changed = (compared.body.diff as { nodes: { changed: { id: string; fields: string[] }[] } }).nodes
      .changed;
    expect(changed).toEqual([expect.objectContaining({ id: ids[0], fields: ['label'] })]);
  });
});
