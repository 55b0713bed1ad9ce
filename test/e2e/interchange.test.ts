// BPMN in Chromium: drop a file on the library, read the report, open the process, tidy up and undo, export, drop on the canvas.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { importBpmn } from '@prozesswerk/bpmn';
import { computeMetrics } from '@prozesswerk/process-model';
import { removeDataDir, seedMember, type TestServer } from '../support/server.ts';
import { launchChromium, startAppServer } from './support/app.ts';
import { axeViolations } from './support/axe.ts';
import { eventually, flowPosition, nodeByLabel } from './support/canvas.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/bpmn');

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Drops a fixture file on `selector` the way a desktop drag does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(selector: string, fixture: string): Promise<void> {
  const xml = await readFile(join(FIXTURES, fixture), 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ({ text, name }) => {
      // Runs in the browser; the test's own TypeScript setup has no DOM types.
      const dom = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const transfer = new dom.DataTransfer();
      transfer.items.add(new dom.File([text], name, { type: 'application/xml' }));
      return transfer;
    },
    { text: xml, name: fixture },
  );
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
  await dataTransfer.dispose();
}

async function positionsOf(labels: readonly string[]): Promise<string> {
  const positions = await Promise.all(labels.map((label) => flowPosition(nodeByLabel(page, label))));
  return JSON.stringify(positions);
}

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
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('BPMN import and export in the browser', () => {
  it('imports a file dropped on the library, pools and message flows included, and says so', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'BPMN importieren' }).waitFor();

    await dropFile('main', 'fim-stammprozess-gewerbeanmeldung.bpmn');
    const dialog = page.getByRole('dialog', {
      name: 'Prozess „Gewerbeanzeige entgegennehmen“ wurde angelegt',
    });
    const report = dialog.getByTestId('import-report');
    // Message flows between the two pools come over too: nothing is left out.
    await report.getByText('Alles aus der Datei wurde übernommen.').waitFor();

    await dialog.getByRole('button', { name: 'Prozess öffnen' }).click();
    await page.getByTestId('connection').and(page.locator('[data-state="online"]')).waitFor();
    await nodeByLabel(page, 'Formelle Prüfung durchführen').waitFor();
    await nodeByLabel(page, 'Empfangsbescheinigung ausstellen').waitFor();
    expect(await page.locator('.react-flow__node-lane').count()).toBeGreaterThan(0);
  });

  it('tidies the map up as one change that Ctrl+Z takes back', async () => {
    const labels = ['Gewerbeanzeige eingegangen', 'Formelle Prüfung durchführen', 'Prüfvermerk'];
    const before = await positionsOf(labels);
    await page.getByRole('button', { name: 'Aufräumen' }).click();
    await eventually(async () => (await positionsOf(labels)) !== before, 'the nodes to move');
    // Connections follow the routes the layout bent around the steps: a bend is a rounded corner (Q) in the path.
    const bends = async () => {
      const paths = await page.locator('path.pedge-routed').all();
      const shapes = await Promise.all(paths.map((path) => path.getAttribute('d')));
      return Math.max(0, ...shapes.map((d) => (d?.match(/ Q /g) ?? []).length));
    };
    await eventually(async () => (await bends()) >= 2, 'a connection drawn along a bent route');

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await eventually(async () => (await positionsOf(labels)) === before, 'the nodes to move back');
  });

  it('exports the map as a BPMN file that imports again with the same steps', async () => {
    await page.getByRole('button', { name: 'Datei: Importieren und Exportieren' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Als BPMN exportieren' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Gewerbeanzeige entgegennehmen.bpmn');
    const path = await download.path();
    const result = await importBpmn(await readFile(path, 'utf8'));
    expect(result.title).toBe('Gewerbeanzeige entgegennehmen');
    expect(result.map.nodes.map((node) => node.label)).toEqual(
      expect.arrayContaining(['Formelle Prüfung durchführen', 'Empfangsbescheinigung ausstellen']),
    );
    expect(result.unsupported).toEqual([]);
  });

  it('shows the metrics of the imported process and saves the map as a PNG', async () => {
    const xml = await readFile(join(FIXTURES, 'fim-stammprozess-gewerbeanmeldung.bpmn'), 'utf8');
    const expected = computeMetrics((await importBpmn(xml)).map);
    await page.getByRole('button', { name: 'Kennzahlen' }).click();
    const panel = page.getByTestId('metrics-panel');
    const figure = async (id: string) => (await panel.getByTestId(`metric-${id}`).textContent()) ?? '';
    await eventually(
      async () => (await figure('activities')) === String(expected.counts.activities),
      'the activity count',
    );
    expect(await figure('decisions')).toBe(String(expected.counts.decisions));
    expect(await figure('handOffs')).toBe(String(expected.handOffs));
    expect(await figure('mediaBreaks')).toBe(String(expected.mediaBreaks));

    await page.getByRole('button', { name: 'Datei: Importieren und Exportieren' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Als PNG speichern' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Gewerbeanzeige entgegennehmen.png');
    const png = await readFile(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(10_000);
    await panel.getByRole('button', { name: 'Kennzahlen schließen' }).click();
  });

  it('adds a file dropped on the canvas to the map, as one change that undo takes back', async () => {
    await dropFile('.react-flow__pane', 'no-di-meldebescheinigung.bpmn');
    const dialog = page.getByRole('dialog', { name: '„no-di-meldebescheinigung.bpmn“ übernehmen' });
    await dialog.getByTestId('import-report').waitFor();
    await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
    await nodeByLabel(page, 'Antrag online gestellt').waitFor();
    await nodeByLabel(page, 'Formelle Prüfung durchführen').waitFor();

    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await nodeByLabel(page, 'Antrag online gestellt').waitFor({ state: 'detached' });
    await nodeByLabel(page, 'Formelle Prüfung durchführen').waitFor();
  });

  it('imports another part of a file with several diagrams from the result, as a process of its own', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'BPMN importieren' }).waitFor();
    await dropFile('main', 'camunda-zwei-prozesse.bpmn');
    const dialog = page.getByRole('dialog', { name: 'Prozess „Anmeldung“ wurde angelegt' });
    const parts = dialog.getByTestId('import-parts');
    await parts.getByText('Abmeldung', { exact: true }).waitFor();

    await parts.getByRole('button', { name: 'Auch als eigenen Prozess importieren: „Abmeldung“' }).click();
    const result = parts.getByTestId('import-part-result');
    await result.getByText('Angelegt als „Abmeldung“').waitFor();
    // The button went away with the click; its result holds the focus instead of the page.
    expect(await result.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await parts.getByRole('status').getByText('1 von 1 weiteren Teilen').waitFor();
    expect(await axeViolations(page, ['[role="dialog"]'])).toEqual([]);

    await dialog.getByRole('button', { name: 'Schließen' }).click();
    const library = page.getByRole('main');
    for (const title of ['Anmeldung', 'Abmeldung'])
      await library.getByRole('link', { name: title, exact: true }).waitFor();
  });

  it('keeps a boundary timer on its activity when tidying up, and moves it along with the activity by keys', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'BPMN importieren' }).waitFor();
    await dropFile('main', 'camunda-gewerbeanmeldung.bpmn');
    const dialog = page.getByRole('dialog', { name: 'Prozess „Gewerbeanmeldung bearbeiten“ wurde angelegt' });
    await dialog.getByRole('button', { name: 'Prozess öffnen' }).click();
    await page.getByTestId('connection').and(page.locator('[data-state="online"]')).waitFor();
    const host = nodeByLabel(page, 'Angaben prüfen');
    const timer = nodeByLabel(page, '14 Tage');
    await timer.waitFor();
    // On screen, in pixels: the timer's centre lies on the activity's bottom edge, within it left to right. Both
    // boxes are read in one go, in one frame: read one after the other, a zoom under way (the fitted view after
    // tidying up moves for 200 ms) would lie between them.
    const onBottomEdge = async () => {
      const timerElement = await timer.elementHandle();
      const [h, t] = await host.evaluate(
        (hostElement, other) => [hostElement, other].map((element) => element?.getBoundingClientRect()),
        timerElement,
      );
      if (!h || !t) return false;
      const [cx, cy] = [t.x + t.width / 2, t.y + t.height / 2];
      return Math.abs(cy - (h.y + h.height)) < 1.5 && cx > h.x && cx < h.x + h.width;
    };
    expect(await onBottomEdge()).toBe(true);

    const before = JSON.stringify(await flowPosition(host));
    const tidy = page.getByRole('button', { name: 'Aufräumen' });
    await tidy.click();
    await eventually(async () => JSON.stringify(await flowPosition(host)) !== before, 'the activity to move');
    // Busy until the view has been fitted to the tidied map.
    await tidy.and(page.locator('[aria-busy="false"]')).waitFor();
    expect(await onBottomEdge()).toBe(true);
    const successor = await nodeByLabel(page, 'Erinnern').boundingBox();
    const hostBox = await host.boundingBox();
    expect(successor!.x).toBeGreaterThan(hostBox!.x + hostBox!.width);

    const placed = JSON.stringify(await flowPosition(host));
    await host.click();
    await page.keyboard.press('Control+ArrowUp');
    await eventually(async () => JSON.stringify(await flowPosition(host)) !== placed, 'the activity to move');
    await eventually(onBottomEdge, 'the timer to move with its activity');

    // Dragged by the mouse, the timer goes along while the drag lasts, not only once it is dropped.
    const start = (await host.boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 3);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2 + 80, start.y + start.height / 3, { steps: 8 });
    const movedRight = async () => ((await host.boundingBox())?.x ?? start.x) > start.x + 40;
    const followed = async () => (await movedRight()) && (await onBottomEdge());
    await eventually(followed, 'the timer to follow the drag');
    await page.mouse.up();
    await eventually(followed, 'the timer to stay on the dropped activity');
  });
});
