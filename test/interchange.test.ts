// BPMN import over HTTP: a file becomes a new process of the municipality, with a report; who may, and bad files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProcessMap } from '@prozesswerk/process-model';
import type { Role } from '@prozesswerk/protocol';
import { fetchWithBearer } from './support/api.ts';
import { connectStockClient, waitFor, whenSynced } from './support/clients.ts';
import { removeDataDir, seedMember, startTestServer, type TestServer } from './support/server.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/bpmn', name), 'utf8');

type ImportAnswer = {
  id: string;
  title: string;
  orgId: string;
  role: Role;
  report: {
    nodes: number;
    lanes: number;
    unsupported: { element: string; name?: string }[];
    warnings: string[];
    notes: { code: string; params: Record<string, unknown> }[];
  };
};

describe('importing a BPMN file into a municipality', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const importAs = (token: string, xml: string, query = '', orgId = server.orgId) =>
    fetch(`${server.url}/api/orgs/${orgId}/processes/import${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml' },
      body: xml,
    });

  it('creates a process whose live map has the lanes, steps and flows of the file', async () => {
    const editor = await seedMember(server, 'editor');
    const response = await importAs(editor.token, fixture('camunda-modeler-antrag.bpmn'));
    expect(response.status).toBe(201);
    const answer = (await response.json()) as ImportAnswer;
    expect(response.headers.get('location')).toBe(`/api/processes/${answer.id}`);
    expect(answer).toMatchObject({ title: 'Bewohnerparkausweis', orgId: server.orgId, role: 'editor' });

    const client = connectStockClient(server.url, answer.id, 'map', { token: editor.token });
    try {
      await whenSynced(client);
      await waitFor(() => readProcessMap(client.doc).nodes.length > 0);
      const map = readProcessMap(client.doc);
      expect(map.lanes.map((lane) => lane.label)).toEqual(['Servicepoint', 'Sachbearbeitung']);
      const labels = map.nodes.map((node) => node.label);
      expect(labels).toEqual(expect.arrayContaining(['Antrag erfassen', 'Antrag prüfen', 'Vollständig?']));
      expect(map.edges.filter((edge) => edge.kind === 'sequence').length).toBeGreaterThanOrEqual(6);
      expect(map.nodes.every((node) => node.laneId !== undefined || node.kind === 'note')).toBe(true);
      expect(answer.report).toMatchObject({ nodes: map.nodes.length, lanes: 2 });
    } finally {
      client.destroy();
    }

    const listed = await fetchWithBearer(server, editor.token, 'GET', '/api/processes');
    const { processes } = (await listed.json()) as { processes: { id: string }[] };
    expect(processes.map((p) => p.id)).toContain(answer.id);
  });

  it('reports by name what it could not map', async () => {
    const response = await importAs(server.adminToken, fixture('boundary-events-groups.bpmn'));
    expect(response.status).toBe(201);
    const { report, role } = (await response.json()) as ImportAnswer;
    expect(role).toBe('admin');
    expect(report.unsupported.length).toBeGreaterThan(0);
    expect(report.unsupported.every((entry) => entry.element.length > 0)).toBe(true);
    // Each German warning comes with its code, so an English interface can word it itself.
    expect(report.notes).toHaveLength(report.warnings.length);
  });

  it('takes the file name as the title when the file names no process', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="p"><startEvent id="s" name="Los"/></process></definitions>`;
    const response = await importAs(server.adminToken, xml, '?fileName=Hundesteuer.bpmn');
    expect(response.status).toBe(201);
    expect(((await response.json()) as ImportAnswer).title).toBe('Hundesteuer');
  });

  it('refuses a file that is not BPMN with the problem code bpmn-invalid', async () => {
    for (const body of ['<html><body>kein BPMN</body></html>', 'das ist <kein xml', '']) {
      const response = await importAs(server.adminToken, body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(((await response.json()) as { code: string }).code).toBe('bpmn-invalid');
    }
  });

  it('refuses a file larger than 5 MiB before reading it', async () => {
    const response = await importAs(server.adminToken, 'x'.repeat(5 * 1024 * 1024 + 1));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe('bpmn-too-large');
  });

  it('lets only editors and above create processes this way', async () => {
    for (const role of ['viewer', 'commenter'] as const) {
      const member = await seedMember(server, role);
      const response = await importAs(member.token, fixture('camunda-modeler-antrag.bpmn'));
      expect(response.status).toBe(403);
      expect(((await response.json()) as { code: string }).code).toBe('insufficient-role');
    }
    const stranger = await seedMember(server, 'editor', server.orgId);
    const elsewhere = await importAs(stranger.token, fixture('camunda-modeler-antrag.bpmn'), '', 'org-other');
    expect(elsewhere.status).toBe(404);
  });
});
