// BPMN in the browser: a file with two pools, message flows, a timer boundary event and a user task shows in BPMN
// notation on the canvas, and its export opens in bpmn-js with every shape and connection drawn.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { prozesswerkPackage } from '@prozesswerk/bpmn';
import { removeDataDir, seedMember, type TestServer } from '../support/server.ts';
import { launchChromium, startAppServer } from './support/app.ts';
import { axeViolations } from './support/axe.ts';
import { eventually, nodeByLabel } from './support/canvas.ts';

const FIXTURE = 'camunda-zwei-pools-frist.bpmn';
const VIEWER = createRequire(import.meta.url).resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  const { email } = await seedMember(server, 'editor');
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  await page.goto(`${server.url}/login`);
  const login = await page.request.post(`${server.url}/api/auth/login`, {
    data: { email, password: 'passwort-123' },
    headers: { origin: server.url },
  });
  expect(login.status()).toBe(200);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('BPMN notation in the browser', () => {
  it('shows pools, message flows, a timer boundary event and a user task as BPMN draws them', async () => {
    const xml = await readFile(join(import.meta.dirname, '../fixtures/bpmn', FIXTURE));
    const response = await page.request.post(
      `${server.url}/api/orgs/${server.orgId}/processes/import?fileName=${FIXTURE}`,
      { data: xml, headers: { 'content-type': 'application/xml', origin: server.url } },
    );
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    await page.goto(`${server.url}/p/${id}`);
    await nodeByLabel(page, 'Antrag prüfen').waitFor();

    const headers = page.getByTestId('pool-header');
    await expect.poll(() => headers.allTextContents()).toEqual(['Antragsteller:in', 'Wohngeldstelle']);
    await nodeByLabel(page, 'Antrag prüfen').locator('[data-bpmn="task-user"]').waitFor();
    await nodeByLabel(page, '3 Wochen').locator('[data-bpmn="trigger-timer"]').waitFor();
    await nodeByLabel(page, '3 Wochen').locator('.bpmn-ring.is-dashed').first().waitFor();
    await nodeByLabel(page, 'Antrag stellen').locator('[data-bpmn="task-send"]').waitFor();
    // A start event with a trigger shows it (the plain start circle's style once hid it).
    await nodeByLabel(page, 'Antrag eingegangen').locator('[data-bpmn="trigger-message"]').waitFor();
    expect(await page.locator('.pedge-message').count()).toBe(2);
  });

  it('saves the map as an SVG image in the same notation, pools with their names', async () => {
    await page.getByRole('button', { name: 'Datei: Importieren und Exportieren' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Als SVG speichern' }).click(),
    ]);
    const svg = await readFile(await download.path(), 'utf8');
    const pools = [...svg.matchAll(/data-bpmn="pool"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(pools.sort()).toEqual(['Antragsteller:in', 'Wohngeldstelle']);
    for (const notation of ['task-user', 'task-send', 'trigger-timer', 'trigger-message', 'event-start']) {
      expect(svg).toContain(`data-bpmn="${notation}"`);
    }
  });

  it('draws the lanes of a vertical pool as columns under a pool header on top', async () => {
    const xml = await readFile(
      join(import.meta.dirname, '../fixtures/bpmn', 'visio-gewerbeanmeldung-vertikal.bpmn'),
    );
    const response = await page.request.post(`${server.url}/api/orgs/${server.orgId}/processes/import`, {
      data: xml,
      headers: { 'content-type': 'application/xml', origin: server.url },
    });
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const other = await context.newPage();
    await other.goto(`${server.url}/p/${id}`);
    await nodeByLabel(other, 'Angaben prüfen').waitFor();
    expect(await other.locator('.lane-vertical').count()).toBe(2);
    // A connection inside the group "Prüfung" takes its own clicks: the frame lies under what it encloses.
    const inside = other
      .locator('.react-flow__edge[aria-label*="Angaben prüfen"][aria-label*="Gewerberegister eintragen"]')
      .first()
      .locator('.react-flow__edge-path');
    const line = await inside.boundingBox();
    if (!line) throw new Error('no connection inside the group');
    await other.mouse.click(line.x + line.width / 2, line.y + line.height / 2);
    await other.locator('.react-flow__edge.selected').waitFor();
    await other.keyboard.press('Escape');
    expect(await other.locator('.pool-header.is-vertical').textContent()).toBe('Stadt Kehl – Gewerbeamt');
    const [first, second] = await Promise.all(
      [0, 1].map((i) => other.locator('.lane-vertical').nth(i).boundingBox()),
    );
    expect(first && second && Math.round(first.x + first.width)).toBe(second && Math.round(second.x));

    // A column is widened at its right edge and moved right with its button; its neighbour makes room.
    const names = await other.locator('.lane-vertical .lane-label').allTextContents();
    const [left = '', right = ''] = names;
    const column = (name: string) => other.locator('.lane-vertical', { hasText: name });
    const box = async (name: string) => {
      const found = await column(name).boundingBox();
      if (!found) throw new Error(`no column ${name}`);
      return found;
    };
    const before = await box(left);
    const edge = await column(left).locator('.lane-resize').boundingBox();
    if (!edge) throw new Error('no resize edge');
    await other.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
    await other.mouse.down();
    await other.mouse.move(edge.x + edge.width / 2 + 40, edge.y + edge.height / 2, { steps: 5 });
    await other.mouse.move(edge.x + edge.width / 2 + 80, edge.y + edge.height / 2, { steps: 5 });
    await other.mouse.up();
    await eventually(async () => (await box(left)).width > before.width + 30, 'the column to grow');
    const [grown, pushed] = [await box(left), await box(right)];
    expect(Math.round(pushed.x)).toBe(Math.round(grown.x + grown.width));

    await column(left).locator('.lane-label').click();
    await other.getByLabel('Breite').waitFor();
    // The columns' controls and the lane inspector are accessible too.
    expect(await axeViolations(other)).toEqual([]);
    await other.getByRole('button', { name: 'Nach rechts', exact: true }).click();
    await eventually(async () => (await box(left)).x > (await box(right)).x, 'the columns to swap');
    expect(Math.round((await box(right)).x)).toBe(Math.round(grown.x));
    await other.close();
  });

  it('exports the map as BPMN that bpmn-js draws completely', async () => {
    await page.getByRole('button', { name: 'Datei: Importieren und Exportieren' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Als BPMN exportieren' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Wohngeld.bpmn');
    const exported = await readFile(await download.path(), 'utf8');
    expect(exported).toMatch(/<bpmn:participant id="Participant_0amt"[^>]* name="Wohngeldstelle"/);
    expect(exported.split('<bpmn:messageFlow ').length - 1).toBe(2);
    expect(exported).toMatch(/<bpmn:boundaryEvent id="Event_0frist"[^>]* cancelActivity="false"/);

    const viewer = await context.newPage();
    await viewer.setContent('<div id="canvas" style="width: 1400px; height: 900px"></div>');
    await viewer.addScriptTag({ path: VIEWER });
    const drawn = await viewer.evaluate(
      async ({ text, pw }) => {
        type Element = { type: string; waypoints?: unknown; labelTarget?: unknown };
        const scope = globalThis as unknown as {
          BpmnJS: new (options: { container: string; moddleExtensions: unknown }) => {
            importXML(xml: string): Promise<{ warnings: unknown[] }>;
            get(name: string): { getAll(): Element[]; getRootElements(): Element[] };
          };
        };
        const bpmn = new scope.BpmnJS({ container: '#canvas', moddleExtensions: { pw } });
        const { warnings } = await bpmn.importXML(text);
        const roots = new Set(bpmn.get('canvas').getRootElements());
        const all = bpmn
          .get('elementRegistry')
          .getAll()
          .filter((element) => !roots.has(element) && element.type !== 'label' && !element.labelTarget);
        return {
          warnings: warnings.length,
          shapes: all.filter((element) => element.waypoints === undefined).length,
          connections: all.filter((element) => element.waypoints !== undefined).length,
          boundary: all.filter((element) => element.type === 'bpmn:BoundaryEvent').length,
        };
      },
      { text: exported, pw: prozesswerkPackage },
    );
    expect(drawn).toEqual({
      warnings: 0,
      shapes: exported.split('<bpmndi:BPMNShape ').length - 1,
      connections: exported.split('<bpmndi:BPMNEdge ').length - 1,
      boundary: 1,
    });
    await viewer.close();
  });

  it('marks a default flow with a slash, and a condition set in the inspector with a diamond at once', async () => {
    const file = 'camunda-gewerbeanmeldung.bpmn';
    const xml = await readFile(join(import.meta.dirname, '../fixtures/bpmn', file));
    const response = await page.request.post(
      `${server.url}/api/orgs/${server.orgId}/processes/import?fileName=${file}`,
      { data: xml, headers: { 'content-type': 'application/xml', origin: server.url } },
    );
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const editor = await context.newPage();
    await editor.goto(`${server.url}/p/${id}`);
    await nodeByLabel(editor, 'Angaben prüfen').waitFor();

    // The gateway's default flow "nein" carries the slash and says so; the condition of "ja" leaves a gateway: no diamond.
    const marks = (mark: string) => editor.locator(`.canvas [data-flow-mark="${mark}"]`);
    await marks('default').waitFor();
    expect(await marks('default').count()).toBe(1);
    expect(await marks('conditional').count()).toBe(0);
    const edge = (name: string) => editor.locator(`.react-flow__edge[aria-label="${name}"]`);
    await edge('Verbindung „nein“ von „Vollständig?“ nach „Unterlagen nachfordern“, Standardfluss').waitFor();

    // A condition on a flow leaving an activity: the diamond and the condition as its label show without a reload.
    const flow = edge('Verbindung von „Anmeldung erfassen“ nach „Vollständig?“');
    const point = await flow.locator('path.pedge').evaluate((element) => {
      // The middle of the drawn line, on screen (this file has no DOM types: the path's own methods, typed here).
      type ScreenPoint = { x: number; y: number };
      type Path = {
        getTotalLength(): number;
        getPointAtLength(at: number): ScreenPoint & { matrixTransform(matrix: unknown): ScreenPoint };
        getScreenCTM(): unknown;
      };
      const path = element as unknown as Path;
      const middle = path.getPointAtLength(path.getTotalLength() / 2);
      const screen = middle.matrixTransform(path.getScreenCTM());
      return { x: screen.x, y: screen.y };
    });
    await editor.mouse.click(point.x, point.y);
    const condition = editor.getByLabel('Bedingung', { exact: true });
    await condition.fill('eintragungspflichtig');
    await condition.press('Tab');
    await marks('conditional').waitFor();
    await editor.locator('.pedge-label', { hasText: 'eintragungspflichtig' }).waitFor();
    await edge(
      'Verbindung von „Anmeldung erfassen“ nach „Vollständig?“, mit Bedingung „eintragungspflichtig“',
    ).waitFor();

    // Made the default flow, it carries the slash instead.
    await editor.getByLabel('Standardfluss (wenn keine andere Bedingung zutrifft)').check();
    await eventually(async () => (await marks('default').count()) === 2, 'a second default slash');
    expect(await marks('conditional').count()).toBe(0);
    // The flow marks and the connection's condition fields pass axe.
    expect(await axeViolations(editor)).toEqual([]);

    // A frozen version draws the same marks, read-only.
    const frozen = await page.request.post(`${server.url}/api/processes/${id}/versions`, {
      data: { name: 'Mit Standardfluss' },
      headers: { authorization: `Bearer ${server.adminToken}`, origin: server.url },
    });
    expect(frozen.status()).toBe(201);
    const { version } = (await frozen.json()) as { version: number };
    await editor.goto(`${server.url}/p/${id}/v/${version}`);
    await editor.getByTestId('static-map').waitFor();
    const frozenMarks = editor.locator('[data-testid="static-map"] [data-flow-mark="default"]');
    await eventually(async () => (await frozenMarks.count()) === 2, 'the default slashes on the frozen map');
    await editor.close();
  });
});
