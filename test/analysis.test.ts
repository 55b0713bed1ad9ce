// Hourly rates and map reads for analysis over a real server: who may read, who may write, what is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNode, readProcessMap } from '@prozesswerk/process-model';
import { createOrg } from '../server/src/auth/accounts.ts';
import { fetchWithBearer } from './support/api.ts';
import { connectStockClient, waitFor, whenSynced } from './support/clients.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

describe('analysis: hourly rates and process maps', () => {
  let server: TestServer;
  let editorToken: string;
  let outsiderToken: string;
  const api = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetchWithBearer(server, token, method, path, body);
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const rates = () => `/api/orgs/${server.orgId}/hourly-rates`;

  beforeAll(async () => {
    server = await startTestServer();
    editorToken = (await seedMember(server, 'editor')).token;
    const elsewhere = await createOrg(server.store, 'Anderswo');
    outsiderToken = (await seedMember(server, 'admin', elsewhere.id)).token;
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('lets the admin save rates that every member can read but not change', async () => {
    const input = { defaultRate: 55, roles: [{ role: 'Sachbearbeitung', rate: 62.5 }] };
    const saved = await api(server.adminToken, 'PUT', rates(), input);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...input, mayEdit: true });

    const read = await api(editorToken, 'GET', rates());
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ ...input, mayEdit: false });

    const refused = await api(editorToken, 'PUT', rates(), { defaultRate: 1, roles: [] });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('insufficient-role');
    expect((await api(editorToken, 'GET', rates())).body.defaultRate).toBe(55);
  });

  it('refuses a save over rates someone else saved meanwhile, so no admin silently undoes another', async () => {
    const loaded = (await api(server.adminToken, 'GET', rates())).body.updatedAt as string;
    const first = await api(server.adminToken, 'PUT', rates(), {
      basedOn: loaded,
      defaultRate: 60,
      roles: [],
    });
    expect(first.status).toBe(200);
    const second = await api(server.adminToken, 'PUT', rates(), {
      basedOn: loaded,
      defaultRate: 40,
      roles: [],
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('rates-changed');
    expect((await api(editorToken, 'GET', rates())).body.defaultRate).toBe(60);
    // Back to what the other tests expect.
    const original = { defaultRate: 55, roles: [{ role: 'Sachbearbeitung', rate: 62.5 }] };
    expect((await api(server.adminToken, 'PUT', rates(), original)).status).toBe(200);
  });

  it('answers bad rates with 400 and a stable code, and hides other municipalities', async () => {
    for (const bad of [
      { defaultRate: -5, roles: [] },
      { defaultRate: 'viel', roles: [] },
      {
        defaultRate: null,
        roles: [
          { role: 'A', rate: 1 },
          { role: 'A', rate: 2 },
        ],
      },
      { defaultRate: null, roles: [{ role: ' ', rate: 1 }] },
    ]) {
      const answer = await api(server.adminToken, 'PUT', rates(), bad);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('invalid-input');
    }
    expect((await api(outsiderToken, 'GET', rates())).status).toBe(404);
    expect((await api(outsiderToken, 'PUT', rates(), { defaultRate: 1, roles: [] })).status).toBe(404);
  });

  it('gives members the live map and everyone else only the published version, with its rates', async () => {
    const processId = await createProcess(server, 'Gewerbeanmeldung');
    const client = connectStockClient(server.url, processId, 'map', { token: server.adminToken });
    await whenSynced(client);
    addNode(client.doc, { kind: 'activity', label: 'Antrag prüfen', x: 0, y: 0, attrs: { durationMin: 10 } });
    const mapPath = `/api/processes/${processId}/map`;
    // What another client received is stored: the server stores before it relays.
    const watcher = connectStockClient(server.url, processId, 'map', { token: server.adminToken });
    await waitFor(() => readProcessMap(watcher.doc).nodes.length === 1);
    const live = await api(editorToken, 'GET', mapPath);
    expect(live.body).toMatchObject({
      version: 'live',
      process: { title: 'Gewerbeanmeldung', role: 'editor' },
    });

    expect((await api(outsiderToken, 'GET', mapPath)).status).toBe(404);
    expect((await api(outsiderToken, 'GET', `/api/processes/${processId}/hourly-rates`)).status).toBe(404);

    await api(server.adminToken, 'POST', `/api/processes/${processId}/versions`, { name: 'Fassung 1' });
    await api(server.adminToken, 'POST', `/api/processes/${processId}/versions/1/publish`);
    addNode(client.doc, { kind: 'activity', label: 'Entwurf', x: 300, y: 0 });
    await waitFor(() => readProcessMap(watcher.doc).nodes.length === 2);

    const shared = await api(outsiderToken, 'GET', mapPath);
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({ version: 1, process: { role: null, orgName: 'Testhausen' } });
    expect((shared.body.map as { nodes: { label: string }[] }).nodes.map((n) => n.label)).toEqual([
      'Antrag prüfen',
    ]);
    expect((await api(outsiderToken, 'GET', `${mapPath}?version=live`)).status).toBe(404);
    expect((await api(outsiderToken, 'GET', `${mapPath}?version=soon`)).body.code).toBe('invalid-version');
    // Published without its hourly rates: another municipality sees none.
    const withheld = await api(outsiderToken, 'GET', `/api/processes/${processId}/hourly-rates`);
    expect(withheld.body).toMatchObject({
      defaultRate: null,
      roles: [],
      shared: false,
      orgName: 'Testhausen',
    });
    await api(server.adminToken, 'POST', `/api/processes/${processId}/versions/1/publish`, {
      hourlyRates: true,
    });
    const sharedRates = await api(outsiderToken, 'GET', `/api/processes/${processId}/hourly-rates`);
    expect(sharedRates.body).toMatchObject({
      defaultRate: 55,
      mayEdit: false,
      orgName: 'Testhausen',
      shared: true,
    });
    client.destroy();
    watcher.destroy();
  });
});
