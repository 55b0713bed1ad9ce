// BPMN imports run on a pool of threads beside the live rooms: very large files are refused with a clear code, never
// with a 500; bursts are queued, and past the queue refused with 429.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_ELEMENTS } from '@prozesswerk/bpmn';
import { removeDataDir, startTestServer, type TestServer } from './support/server.ts';

// A process with `count` tasks and no diagram data, so the import falls back to the ELK auto-layout.
function tasksWithoutDiagram(count: number, chained: boolean): string {
  const tasks = Array.from({ length: count }, (_, i) => `<bpmn:task id="t${i}"/>`).join('');
  const flows = chained
    ? Array.from(
        { length: count - 1 },
        (_, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="t${i}" targetRef="t${i + 1}"/>`,
      ).join('')
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
<bpmn:process id="p" name="Groß">${tasks}${flows}</bpmn:process></bpmn:definitions>`;
}

describe('importing very large BPMN files', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const importXml = (xml: string, title?: string) => importInto(server)(xml, title);

  it('refuses a long chain of steps (450 KB, far below the 5 MiB limit) with bpmn-too-many-elements', async () => {
    const xml = tasksWithoutDiagram(5000, true);
    expect(xml.length).toBeLessThan(1024 * 1024);
    const response = await importXml(xml);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'bpmn-too-many-elements' });
  });

  it(`lays out a large process of ${MAX_IMPORT_ELEMENTS / 2} steps in a chain on an import thread while the server keeps answering`, async () => {
    const { response, body, answered } = await answersDuringImport(server, () =>
      importXml(tasksWithoutDiagram(MAX_IMPORT_ELEMENTS / 2, true)),
    );
    expect(response.status, body).toBe(201);
    expect(JSON.parse(body)).toMatchObject({ report: { nodes: MAX_IMPORT_ELEMENTS / 2 } });
    // In the server's own thread this layout held the event loop for about 700 ms (`npm run bench -- interchange`
    // measures it); on the import thread the server answers other requests meanwhile.
    expect(answered, '/healthz answers while the layout ran').toBeGreaterThan(0);
  }, 60_000);

  it('keeps answering while it reads a file of many unconnected steps, and refuses it', async () => {
    const xml = tasksWithoutDiagram(20_000, false);
    expect(xml.length).toBeLessThan(1024 * 1024);
    const { response, answered } = await answersDuringImport(server, () => importXml(xml));
    expect(response.status).toBe(413);
    expect(answered, '/healthz answers while the file was read').toBeGreaterThan(0);
  }, 60_000);

  it('imports 10 small files sent at once, all of them', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => importXml(tasksWithoutDiagram(10, true), `Klein ${i}`)),
    );
    const bodies = await Promise.all(answers.map((answer) => answer.json() as Promise<{ title: string }>));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    expect(bodies.map((body) => body.title).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `Klein ${i}`).sort(),
    );
  }, 60_000);
});

describe('a full import queue', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ BPMN_IMPORT_THREADS: '1', BPMN_IMPORT_QUEUE: '1' });
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('refuses an import past the queue with 429 import-busy and Retry-After, and takes imports again after', async () => {
    const importXml = importInto(server);
    const heavy = tasksWithoutDiagram(MAX_IMPORT_ELEMENTS / 2, true);
    const first = importXml(heavy);
    await waitFor(() => server.imports.stats().running === 1, 'the first import to run');
    const second = importXml(heavy);
    await waitFor(() => server.imports.stats().queued === 1, 'the second import to wait');

    // One thread busy, one import waiting: the queue is full.
    const refused = await importXml(tasksWithoutDiagram(3, true));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ status: 429, code: 'import-busy' });

    expect([(await first).status, (await second).status]).toEqual([201, 201]);
    expect(server.imports.stats()).toEqual({ running: 0, queued: 0 });
    expect((await importXml(tasksWithoutDiagram(3, true))).status).toBe(201);
  }, 90_000);
});

const importInto =
  (server: TestServer) =>
  (xml: string, title?: string): Promise<Response> =>
    fetch(
      `${server.url}/api/orgs/${server.orgId}/processes/import${title ? `?title=${encodeURIComponent(title)}` : ''}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/xml' },
        body: xml,
      },
    );

async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Sends the import and, while it runs on an import thread, asks /healthz again and again: counts the answers that
 * came back while the import was still running there (impossible if the work held the server's event loop).
 */
async function answersDuringImport(
  server: TestServer,
  request: () => Promise<Response>,
): Promise<{ response: Response; body: string; answered: number }> {
  let done = false;
  const importing = request()
    .then(async (response) => ({ response, body: await response.text() }))
    .finally(() => (done = true));
  const running = () => !done && server.imports.stats().running > 0;
  let answered = 0;
  while (!done) {
    if (!running()) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      continue;
    }
    const health = await fetch(`${server.url}/healthz`);
    await health.arrayBuffer();
    if (health.status === 200 && running()) answered += 1;
  }
  return { ...(await importing), answered };
}
