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
    unsupported: { element: string; name?: string; reason?: string }[];
    warnings: string[];
    notes: { code: string; params: Record<string, unknown> }[];
    parts?: { id: string; name: string }[];
    part?: string;
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

  const importAs = (token: string, xml: string | Uint8Array, query = '', orgId = server.orgId) =>
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

  it("indexes the imported steps for the municipality's own search at once", async () => {
    const response = await importAs(server.adminToken, fixture('camunda-modeler-antrag.bpmn'));
    const { id } = (await response.json()) as ImportAnswer;
    const found = await fetchWithBearer(server, server.adminToken, 'GET', '/api/library?q=erfassen');
    const { processes } = (await found.json()) as { processes: { id: string }[] };
    expect(processes.map((p) => p.id)).toContain(id);
  });

  it('reports by name what it could not map', async () => {
    const response = await importAs(server.adminToken, fixture('subprocesses-transaction.bpmn'));
    expect(response.status).toBe(201);
    const { report, role } = (await response.json()) as ImportAnswer;
    expect(role).toBe('admin');
    expect(report.unsupported.length).toBeGreaterThan(0);
    expect(report.unsupported.every((entry) => entry.element.length > 0)).toBe(true);
    expect(report.unsupported.every((entry) => /eingeklappten Teilprozess/.test(entry.reason ?? ''))).toBe(
      true,
    );
    // Each German warning comes with its code, so an English interface can word it itself.
    expect(report.notes).toHaveLength(report.warnings.length);
  });

  it('reads an ISO-8859-1 file by its XML declaration, so umlauts arrive intact', async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="p" name="Prüfung"><exclusiveGateway id="g" name="Vollständig?"/></process></definitions>`;
    const latin1 = Uint8Array.from(xml, (char) => char.charCodeAt(0));
    const response = await importAs(server.adminToken, latin1);
    expect(response.status).toBe(201);
    expect(((await response.json()) as ImportAnswer).title).toBe('Prüfung');
  });

  it('takes the file name as the title when the file names no process', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="p"><startEvent id="s" name="Los"/></process></definitions>`;
    const response = await importAs(server.adminToken, xml, '?fileName=Hundesteuer.bpmn');
    expect(response.status).toBe(201);
    expect(((await response.json()) as ImportAnswer).title).toBe('Hundesteuer');
  });

  it('imports each part of a file with several diagrams as a process of its own, named after the part', async () => {
    const editor = await seedMember(server, 'editor');
    const file = fixture('camunda-zwei-prozesse.bpmn');
    const query = (part?: string) =>
      `?${new URLSearchParams({ fileName: 'hundesteuer.bpmn', ...(part ? { part } : {}) })}`;
    const first = (await (await importAs(editor.token, file, query())).json()) as ImportAnswer;
    expect(first.report.parts?.map((part) => part.name)).toEqual(['Anmeldung', 'Abmeldung']);
    expect(first.report.part).toBe(first.report.parts?.[0]?.id);
    const secondPart = first.report.parts?.[1]?.id ?? '';
    const response = await importAs(editor.token, file, query(secondPart));
    expect(response.status).toBe(201);
    const second = (await response.json()) as ImportAnswer;
    expect(second.report.part).toBe(secondPart);
    expect(second.id).not.toBe(first.id);
    expect([first.title, second.title]).toEqual(['Anmeldung', 'Abmeldung']);

    const labelsOf = async (id: string) => {
      const client = connectStockClient(server.url, id, 'map', { token: editor.token });
      try {
        await whenSynced(client);
        await waitFor(() => readProcessMap(client.doc).nodes.length > 0);
        return readProcessMap(client.doc).nodes.map((node) => node.label);
      } finally {
        client.destroy();
      }
    };
    const [firstLabels, secondLabels] = [await labelsOf(first.id), await labelsOf(second.id)];
    expect(firstLabels).toContain('Steuermarke ausgeben');
    expect(firstLabels).not.toContain('Steuer erstatten');
    expect(secondLabels).toContain('Steuer erstatten');
    expect(secondLabels).not.toContain('Steuermarke ausgeben');

    const listed = await fetchWithBearer(server, editor.token, 'GET', '/api/processes');
    const { processes } = (await listed.json()) as { processes: { id: string }[] };
    expect(processes.map((p) => p.id)).toEqual(expect.arrayContaining([first.id, second.id]));
  });

  it('names an unnamed part of a file with several by the file name and its number', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="a"><startEvent id="s1" name="Antrag"/></process>
  <process id="b"><startEvent id="s2" name="Widerruf"/></process></definitions>`;
    const titles: string[] = [];
    for (const part of ['a', 'b']) {
      const response = await importAs(server.adminToken, xml, `?fileName=Hundesteuer.bpmn&part=${part}`);
      expect(response.status).toBe(201);
      titles.push(((await response.json()) as ImportAnswer).title);
    }
    expect(titles).toEqual(['Hundesteuer – Teil 1', 'Hundesteuer – Teil 2']);
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
