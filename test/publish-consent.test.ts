// Publishing with consent, on SQLite and PostgreSQL: another municipality reads a published version's map always, but
// its discussion, people's names and the hourly rates only as the publisher agreed; the consent is stored with the
// publication and recorded in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addNode,
  createThread,
  readDiscussion,
  readProcessMap,
  type Person,
} from '@prozesswerk/process-model';
import { addMember, createOrg, issueAccessToken } from '../server/src/auth/accounts.ts';
import { fetchWithBearer } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { removeDataDir, startTestServer, type TestServer } from './support/server.ts';

const ANNA = { email: 'anna.albrecht@kehl.example', name: 'Anna Albrecht' };
const OTTO = { email: 'otto.ofen@offenburg.example', name: 'Otto Ofen' };

describe.each(testBackends())('publishing with consent on $name', (backend) => {
  let server: TestServer;
  let processId: string;
  let anna: { id: string; token: string; person: Person };
  let otto: string;
  const clients: StockClient[] = [];

  const as = (token: string, method: string, path: string, body?: unknown) =>
    fetchWithBearer(server, token, method, path, body);
  const version = `/api/processes/{id}/versions/1`;
  const path = (suffix = '') => version.replace('{id}', processId) + suffix;
  const publish = async (consent?: unknown) =>
    expect((await as(anna.token, 'POST', path('/publish'), consent)).status).toBe(200);
  const read = async (token: string, suffix = '') => {
    const response = await as(token, 'GET', path(suffix));
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    server = await startTestServer(backend.env());
    const { id } = await addMember(server.store, { ...ANNA, orgId: server.orgId, role: 'admin' });
    anna = {
      id,
      token: (await issueAccessToken(server.store, ANNA.email)).token,
      person: { id, name: ANNA.name, org: 'Testhausen' },
    };
    const offenburg = await createOrg(server.store, 'Offenburg');
    await addMember(server.store, { ...OTTO, orgId: offenburg.id, role: 'editor' });
    otto = (await issueAccessToken(server.store, OTTO.email)).token;
    const rates = { defaultRate: 61, roles: [{ role: 'Sachbearbeitung', rate: 58 }] };
    expect((await as(anna.token, 'PUT', `/api/orgs/${server.orgId}/hourly-rates`, rates)).status).toBe(200);

    const created = await as(anna.token, 'POST', '/api/processes', { title: 'Hundesteuer' });
    processId = ((await created.json()) as { id: string }).id;
    const map = connectStockClient(server.url, processId, 'map', { token: anna.token });
    const discussion = connectStockClient(server.url, processId, 'discussion', { token: anna.token });
    const watcher = connectStockClient(server.url, processId, 'discussion', { token: server.adminToken });
    const mapWatcher = connectStockClient(server.url, processId, 'map', { token: server.adminToken });
    clients.push(map, discussion, watcher, mapWatcher);
    await Promise.all([map, discussion, watcher, mapWatcher].map((client) => whenSynced(client)));
    addNode(map.doc, {
      kind: 'activity',
      label: 'Steuerbescheid erstellen',
      x: 0,
      y: 0,
      attrs: { durationMin: 15 },
    });
    createThread(discussion.doc, {
      anchor: { type: 'point', x: 5, y: 5 },
      author: anna.person,
      text: 'Interne Notiz: Zuständigkeit klären mit Anna Albrecht',
    });
    // Both are stored once someone else has them (the server relays only what it has stored).
    await waitFor(() => readProcessMap(mapWatcher.doc).nodes.length === 1, 15_000, 'the step stored');
    await waitFor(() => readDiscussion(watcher.doc).threads.length === 1, 15_000, 'the thread stored');
    const frozen = await as(anna.token, 'POST', `/api/processes/${processId}/versions`, {
      name: 'Fassung 1',
      agreedBy: [
        { id: anna.id, name: ANNA.name, org: 'Testhausen' },
        { name: 'Clara Gast', org: 'Landratsamt' },
      ],
    });
    expect(frozen.status).toBe(201);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.close();
    if (server) removeDataDir(server.dataDir);
    await backend.cleanup();
  });

  it('shares by default only the map and municipalities: no discussion, no names, no hourly rates', async () => {
    await publish();
    expect((await server.store.getPublication(processId))?.consent).toEqual({
      discussion: false,
      names: 'municipality',
      hourlyRates: false,
    });

    const seen = await read(otto);
    expect(seen.status).toBe(200);
    const body = JSON.parse(seen.text) as Record<string, unknown>;
    expect(body).toMatchObject({
      frozenBy: { id: '', name: '' },
      agreedBy: [
        { name: '', org: 'Testhausen' },
        { name: '', org: 'Landratsamt' },
      ],
      discussion: {},
      shared: { discussion: false, names: 'municipality', hourlyRates: false },
    });
    expect(JSON.stringify(body.map)).toContain('Steuerbescheid erstellen');
    for (const secret of [ANNA.name, ANNA.email, anna.id, 'Clara Gast', 'Interne Notiz'])
      expect(seen.text).not.toContain(secret);

    for (const suffix of ['/discussion', '/decision-log']) {
      const refused = await read(otto, suffix);
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.text)).toMatchObject({ code: 'discussion-not-shared' });
    }
    const rates = await as(otto, 'GET', `/api/processes/${processId}/hourly-rates`);
    expect(await rates.json()).toMatchObject({ defaultRate: null, roles: [], shared: false });
    const compared = await as(otto, 'GET', `/api/processes/${processId}/compare?from=1&to=1`);
    expect(compared.status).toBe(200);
    expect(await compared.text()).not.toContain(ANNA.name);
    const found = await as(otto, 'GET', `/api/library?q=${encodeURIComponent('Zuständigkeit')}`);
    expect(((await found.json()) as { processes: unknown[] }).processes).toEqual([]);
    const byMap = await as(otto, 'GET', `/api/library?q=${encodeURIComponent('Steuerbescheid')}`);
    expect(((await byMap.json()) as { processes: { id: string }[] }).processes.map((p) => p.id)).toEqual([
      processId,
    ]);
  });

  it('leaves members of the process everything, names included', async () => {
    const own = await read(anna.token);
    expect(JSON.parse(own.text)).toMatchObject({ frozenBy: { name: ANNA.name } });
    expect(JSON.parse(own.text)).not.toHaveProperty('shared');
    expect(own.text).toContain('Clara Gast');
    expect((await read(anna.token, '/discussion')).text).toContain(ANNA.name);
  });

  it('shares the discussion with municipalities for names, and the hourly rates, when the publisher agrees', async () => {
    await publish({ discussion: true, hourlyRates: true });
    const threads = await read(otto, '/discussion');
    expect(threads.status).toBe(200);
    const shown = JSON.parse(threads.text) as {
      threads: { createdBy: Person; comments: { author: Person; text: string }[] }[];
    };
    expect(shown.threads[0]?.createdBy).toEqual({ id: 'person-1', name: 'Testhausen' });
    expect(shown.threads[0]?.comments[0]?.text).toBe('Interne Notiz: Zuständigkeit klären mit Testhausen');
    for (const secret of [ANNA.name, anna.id]) expect(threads.text).not.toContain(secret);
    const log = await read(otto, '/decision-log');
    expect(log.status).toBe(200);
    expect(log.text).not.toContain(ANNA.name);
    expect(JSON.parse((await read(otto)).text)).toMatchObject({ discussion: {}, frozenBy: { name: '' } });
    const rates = await as(otto, 'GET', `/api/processes/${processId}/hourly-rates`);
    expect(await rates.json()).toMatchObject({ defaultRate: 61, shared: true });
  });

  it('shows names only when published with them', async () => {
    await publish({ discussion: true, names: 'full', hourlyRates: false });
    const seen = JSON.parse((await read(otto)).text) as Record<string, unknown>;
    expect(seen).toMatchObject({
      frozenBy: { name: ANNA.name },
      agreedBy: [{ name: ANNA.name }, { name: 'Clara Gast' }],
    });
    expect((await read(otto, '/discussion')).text).toContain(ANNA.name);
    const rates = await as(otto, 'GET', `/api/processes/${processId}/hourly-rates`);
    expect(await rates.json()).toMatchObject({ defaultRate: null, shared: false });
  });

  it('records each publication and its consent in the audit log', async () => {
    const audit = await as(anna.token, 'GET', `/api/orgs/${server.orgId}/audit`);
    const entries = ((await audit.json()) as { entries: { action: string; detail: object }[] }).entries;
    expect(entries.filter((e) => e.action === 'version.published').map((e) => e.detail)).toEqual([
      { version: 1, discussion: true, names: 'full', hourlyRates: false },
      { version: 1, discussion: true, names: 'municipality', hourlyRates: true },
      { version: 1, discussion: false, names: 'municipality', hourlyRates: false },
    ]);
  });
});
