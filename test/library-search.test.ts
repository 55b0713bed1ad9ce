// The library search as another municipality probes it: drafts stay private, what was published is found as published,
// and an index left by an older version is rebuilt before anyone searches it. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNode, readProcessMap, relabelNode, type NodeId } from '@prozesswerk/process-model';
import { createOrg } from '../server/src/auth/accounts.ts';
import { fetchWithBearer } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { removeDataDir, seedMember, startTestServer, type TestServer } from './support/server.ts';

type Found = {
  id: string;
  title: string;
  description: string;
  tags: string[];
  orgName: string;
  role: string | null;
};

describe.each(testBackends())('library search across municipalities ($name)', (backend) => {
  let server: TestServer;
  let kehl: { facilitator: string; orgId: string };
  let offenburg: { editor: string };
  let processId: string;
  let step: NodeId;
  const clients: StockClient[] = [];

  const ok = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetchWithBearer(server, token, method, path, body);
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const search = async (token: string, q: string) =>
    ((await ok(token, 'GET', `/api/library?q=${encodeURIComponent(q)}`)) as { processes: Found[] }).processes;
  const openMap = async () => {
    const client = connectStockClient(server.url, processId, 'map', { token: kehl.facilitator });
    clients.push(client);
    await whenSynced(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer(backend.env());
    const kehlOrg = (await createOrg(server.store, 'Stadt Kehl')).id;
    const offenburgOrg = (await createOrg(server.store, 'Stadt Offenburg')).id;
    kehl = { facilitator: (await seedMember(server, 'facilitator', kehlOrg)).token, orgId: kehlOrg };
    offenburg = { editor: (await seedMember(server, 'editor', offenburgOrg)).token };
    const created = await ok(kehl.facilitator, 'POST', '/api/processes', {
      title: 'Gewerbeanmeldung',
      orgId: kehlOrg,
    });
    processId = created.id as string;
    await ok(kehl.facilitator, 'PATCH', `/api/processes/${processId}`, {
      description: 'Anmeldung eines Gewerbes',
      tags: ['Wirtschaft'],
      leikaKey: '99050012104000',
    });
    const editor = await openMap();
    step = addNode(editor.doc, { kind: 'activity', label: 'Gebühr erheben', x: 0, y: 0 });
    const watcher = await openMap();
    await waitFor(() => readProcessMap(watcher.doc).nodes.length === 1, 5000, 'the map to be stored');
    const { version } = (await ok(kehl.facilitator, 'POST', `/api/processes/${processId}/versions`, {
      name: 'Workshop',
    })) as { version: number };
    await ok(kehl.facilitator, 'POST', `/api/processes/${processId}/versions/${version}/publish`);
    // Kehl keeps drafting after publishing: a secret word in the live map, new metadata.
    relabelNode(editor.doc, step, 'UNVEROEFFENTLICHT Zauberwort');
    await ok(kehl.facilitator, 'PATCH', `/api/processes/${processId}`, {
      title: 'Entwurf Gewerbe 2027',
      description: 'noch intern',
      tags: ['Vertraulich'],
    });
    // Kehl's own search sees the draft once the index caught up with the edit.
    const deadline = Date.now() + 15_000;
    while ((await search(kehl.facilitator, 'Zauberwort')).length === 0) {
      if (Date.now() > deadline) throw new Error('the live map never reached Kehl’s own search');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
    await backend.cleanup();
  });

  it('does not let another municipality find a published process by its unpublished draft', async () => {
    for (const probe of [
      'Zauberwort',
      'auberw',
      'zau',
      'UNVEROEFFENTLICHT',
      'Entwurf',
      'intern',
      'Vertraulich',
    ])
      expect(await search(offenburg.editor, probe), probe).toEqual([]);
  });

  it('shows another municipality the published title, description and tags, found by the published words', async () => {
    const [found] = await search(offenburg.editor, 'Gebuehr');
    expect(found).toMatchObject({
      id: processId,
      title: 'Gewerbeanmeldung',
      description: 'Anmeldung eines Gewerbes',
      tags: ['Wirtschaft'],
      orgName: 'Stadt Kehl',
      role: null,
    });
    const listing = ((await ok(offenburg.editor, 'GET', '/api/library')) as { processes: Found[] }).processes;
    expect(listing.find((p) => p.id === processId)?.title).toBe('Gewerbeanmeldung');
    const lineage = await ok(offenburg.editor, 'GET', `/api/processes/${processId}/lineage`);
    expect(JSON.stringify(lineage)).not.toContain('Entwurf');
  });

  it('finds it by LeiKa key, municipality, tag and word part, and shows Kehl its own draft', async () => {
    for (const q of ['99050012104000', '99050012', 'Kehl', 'Wirtschaft', 'anmeld', 'Gebühr'])
      expect(
        (await search(offenburg.editor, q)).map((p) => p.id),
        q,
      ).toEqual([processId]);
    const [own] = await search(kehl.facilitator, 'auberw');
    expect(own).toMatchObject({ id: processId, title: 'Entwurf Gewerbe 2027', role: 'facilitator' });
  });

  it('rebuilds an index left by an older version before anyone searches it', async () => {
    // As an older server left it: the draft's words where everyone searches, and the index marked old.
    await server.store.setPublishedSearchText(processId, 'UNVEROEFFENTLICHT Zauberwort');
    await server.store.setSetting('search_index_version', '1');
    expect((await search(offenburg.editor, 'Zauberwort')).map((p) => p.id)).toEqual([processId]);
    server = await server.restart();
    expect(await search(offenburg.editor, 'Zauberwort')).toEqual([]);
    expect((await search(offenburg.editor, 'Gebühr')).map((p) => p.id)).toEqual([processId]);
    expect((await search(kehl.facilitator, 'Zauberwort')).map((p) => p.id)).toEqual([processId]);
  });
});
