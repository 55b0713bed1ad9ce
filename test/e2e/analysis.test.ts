// Metrics, image export, process sheet and side-by-side comparison in Chromium, against figures worked out by hand.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { addLane, addNode, connect, type NodeId } from '@prozesswerk/process-model';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { createProcessIn, launchChromium, openAs, startAppServer } from './support/app.ts';
import { eventually, nodeByLabel } from './support/canvas.ts';
import { seedMap } from './support/seed.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
let kehlId: string;
let offenburgId: string;

/*
 * Kehl: start → "Antrag prüfen" → "Vollständig?" → (nein) "Nachfordern" → back to "Antrag prüfen",
 * (ja) → "Bescheid erstellen" in the other lane → end; plus "Gebühr erheben", unconnected and empty.
 *   activities 4, decisions 1, hand-offs 1 (Vollständig? → Bescheid crosses lanes)
 *   media breaks 3: Antrag (paper) → Nachfordern (phone), → Bescheid (digital); Nachfordern → Antrag
 *   lead time: the loop counts once → Antrag 20 + 40 wait, Bescheid 30 = 90 min = 1,5 Stunden
 *   staff time: 20×600 + 10×240 + 30×600 = 32 400 min = 540 h = 0,34 posts of 1600 h
 *   cost: Antrag by role Sachbearbeitung 200 h × 48 € = 9 600; Nachfordern and Bescheid at the
 *         default 60 €: 40 h → 2 400, 300 h → 18 000; total 30 000 €
 */
function kehlMap(doc: Y.Doc): void {
  const office = addLane(doc, { label: 'Bürgerbüro', kind: 'orgUnit', order: 0, size: 220 });
  const trade = addLane(doc, { label: 'Gewerbeamt', kind: 'orgUnit', order: 1, size: 220 });
  const node = (
    kind: 'start' | 'end' | 'decision' | 'activity',
    label: string,
    x: number,
    y: number,
    laneId = office,
    attrs = {},
  ) => addNode(doc, { kind, label, x, y, laneId, attrs });
  const start = node('start', 'Antrag eingegangen', 40, 80);
  const check = node('activity', 'Antrag prüfen', 140, 70, office, {
    role: 'Sachbearbeitung',
    durationMin: 20,
    waitMin: 40,
    casesPerYear: 600,
    medium: 'paper',
  });
  const complete = node('decision', 'Vollständig?', 380, 80);
  const request = node('activity', 'Nachfordern', 480, 10, office, {
    durationMin: 10,
    casesPerYear: 240,
    medium: 'phone',
  });
  const decide = node('activity', 'Bescheid erstellen', 480, 290, trade, {
    durationMin: 30,
    casesPerYear: 600,
    medium: 'digital',
  });
  const end = node('end', 'Bescheid versandt', 760, 300, trade);
  node('activity', 'Gebühr erheben', 760, 80);
  const flow = (source: NodeId, target: NodeId) => connect(doc, { source, target });
  flow(start, check);
  flow(check, complete);
  flow(complete, request);
  flow(request, check);
  flow(complete, decide);
  flow(decide, end);
}

// Offenburg online: one digital step, 15 min × 1000 cases = 250 h at 50 € = 12 500 €.
function offenburgMap(doc: Y.Doc): void {
  const start = addNode(doc, { kind: 'start', label: 'Online-Antrag', x: 0, y: 40 });
  const step = addNode(doc, {
    kind: 'activity',
    label: 'Antrag digital prüfen',
    x: 120,
    y: 30,
    attrs: { role: 'Sachbearbeitung', durationMin: 15, casesPerYear: 1000, medium: 'digital' },
  });
  const end = addNode(doc, { kind: 'end', label: 'Gewerbe angemeldet', x: 400, y: 40 });
  connect(doc, { source: start, target: step });
  connect(doc, { source: step, target: end });
}

const metric = (id: string) => page.getByTestId('metrics-panel').getByTestId(`metric-${id}`);
const text = async (id: string) => ((await metric(id).textContent()) ?? '').replace(/\s/g, ' ');

async function expectMetric(id: string, wanted: string): Promise<void> {
  await eventually(
    async () => (await text(id)) === wanted,
    `${id} to read "${wanted}" (is "${await text(id)}")`,
  );
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  await server.store.setHourlyRates(
    server.orgId,
    { defaultRate: 60, roles: [{ role: 'Sachbearbeitung', rate: 48 }] },
    new Date().toISOString(),
  );
  kehlId = await createProcess(server, 'Gewerbeanmeldung Kehl');
  await seedMap(server, kehlId, kehlMap);

  const offenburg = await createOrg(server.store, 'Stadt Offenburg');
  await server.store.setHourlyRates(offenburg.id, { defaultRate: 50, roles: [] }, new Date().toISOString());
  offenburgId = await createProcessIn(server, offenburg.id, 'Gewerbeanmeldung Offenburg');
  await seedMap(server, offenburgId, offenburgMap);
  // Shared in the library with its hourly rates, so people in Kehl may read (and compare) Offenburg's agreed version.
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}/api/processes/${offenburgId}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify(body),
    });
  expect((await post('/versions', { name: 'Fassung 1' })).status).toBe(201);
  expect((await post('/versions/1/publish', { hourlyRates: true })).status).toBe(200);

  const user = await openAs(browser, server, kehlId, 'Anna Admin', { role: 'admin' });
  page = user.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('process analysis in the browser', () => {
  it('shows the hand-computed metrics live and points at missing values', async () => {
    await page.getByRole('button', { name: 'Kennzahlen' }).click();
    await expectMetric('activities', '4');
    await expectMetric('decisions', '1');
    await expectMetric('handOffs', '1');
    await expectMetric('mediaBreaks', '3');
    await expectMetric('leadTime', '1,5 Stunden');
    await expectMetric('staffTime', '540 Std. (≈ 0,34 Vollzeitstellen)');
    await expectMetric('staffCost', '30.000 €');

    const panel = page.getByTestId('metrics-panel');
    // On a touch screen there is no tooltip: the explanation opens in place.
    await panel.getByRole('button', { name: 'Was bedeutet „Personalzeit je Fall“?' }).click();
    await panel
      .getByText('so lassen sich Kommunen verschiedener Größe vergleichen', { exact: false })
      .waitFor();
    await panel.getByRole('button', { name: 'Bei „Gebühr erheben“ fehlt die Bearbeitungszeit.' }).click();
    await page.locator('.react-flow__node-process.selected', { hasText: 'Gebühr erheben' }).waitFor();

    // A live edit in the inspector: Bescheid takes 60 instead of 30 minutes.
    const inspector = page.getByRole('complementary', { name: 'Eigenschaften' });
    // Until the inspector shows the clicked step, its fields still belong to "Gebühr erheben"; on a busy machine the
    // view may still be gliding to that step when the click comes, so click again until the step is selected.
    await eventually(async () => {
      const shown = await inspector
        .getByLabel('Beschriftung')
        .inputValue({ timeout: 1000 })
        .catch(() => '');
      if (shown === 'Bescheid erstellen') return true;
      await nodeByLabel(page, 'Bescheid erstellen').click();
      return false;
    }, 'the inspector to show "Bescheid erstellen"');
    const duration = inspector.getByLabel('Bearbeitungszeit');
    await duration.fill('60');
    await duration.press('Enter');
    await expectMetric('leadTime', '2 Stunden');
    // 12 000 + 2 400 + 36 000 min = 840 h; 9 600 + 2 400 + 36 000 €
    await expectMetric('staffTime', '840 Std. (≈ 0,53 Vollzeitstellen)');
    await expectMetric('staffCost', '48.000 €');
  });

  it('lets the admin change an hourly rate and prices the map with it at once', async () => {
    const rates = page.getByTestId('hourly-rates');
    await rates.getByRole('button', { name: 'Stundensätze bearbeiten' }).click();
    await rates.getByLabel('Standardsatz (€ pro Stunde)').fill('70,5');
    await rates.getByRole('button', { name: 'Speichern' }).click();
    await rates.getByText('Stundensätze gespeichert.').waitFor();
    // 9 600 € by role, plus 640 h at 70,50 € = 45 120 €
    await expectMetric('staffCost', '54.720 €');
  });

  it('exports the whole map as a PNG named after the process', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('metrics-panel').getByRole('button', { name: 'Als PNG speichern' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Gewerbeanmeldung Kehl.png');
    const file = await readFile((await download.path()) ?? '');
    expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(file.readUInt32BE(16)).toBeGreaterThan(1000); // IHDR width: the whole map at twice its size
    expect(file.length).toBeGreaterThan(10_000);
  });

  it('prints a process sheet with the title, metadata, map and metrics', async () => {
    await page.getByTestId('metrics-panel').getByRole('link', { name: 'Prozessblatt (Druck/PDF)' }).click();
    const sheet = page.getByTestId('process-sheet');
    await sheet.getByRole('heading', { name: 'Gewerbeanmeldung Kehl' }).waitFor();
    await sheet.getByText(/Aktueller Stand vom/).waitFor();
    expect(await sheet.getByTestId('sheet-metadata').textContent()).toContain('Testhausen');
    expect(((await sheet.getByTestId('metric-staffCost').textContent()) ?? '').replace(/\s/g, ' ')).toBe(
      '54.720 €',
    );
    const image = sheet.getByRole('img', { name: 'Prozesslandkarte „Gewerbeanmeldung Kehl“' });
    await eventually(
      async () =>
        (await image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)) > 0,
      'the map image',
    );
    await sheet.getByRole('button', { name: 'Drucken / als PDF speichern' }).waitFor();
    // Printed to PDF (A4 landscape by the page's own CSS) it fits on one page.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });

  it("compares Kehl's live map with Offenburg's published version side by side", async () => {
    await page.goto(`${server.url}/compare?a=${kehlId}&b=${offenburgId}`);
    const table = page.getByTestId('compare-table');
    const row = (id: string) => table.locator(`tr[data-metric="${id}"] td`);
    await eventually(async () => (await row('staffCost').count()) === 3, 'the comparison table');
    const cost = (await row('staffCost').allTextContents()).map((t) => t.replace(/\s/g, ' '));
    expect(cost).toEqual(['54.720 €', '12.500 €', '−42.220 €']);
    expect(await row('staffCost').nth(1).getAttribute('class')).toBe('is-better');
    expect(await row('leadTime').allTextContents()).toEqual(['2 Stunden', '15 Minuten', '−1,8 Stunden']);
    expect(await page.getByTestId('compare-side').count()).toBe(2);
    await page.getByText('Version 1', { exact: false }).first().waitFor();

    // The sheet of a shared version, read by someone from another town, with that town's rates.
    await page.goto(`${server.url}/p/${offenburgId}/sheet?version=1`);
    const sheet = page.getByTestId('process-sheet');
    await sheet.getByText('Version 1 · Stadt Offenburg').waitFor();
    expect(((await sheet.getByTestId('metric-staffCost').textContent()) ?? '').replace(/\s/g, ' ')).toBe(
      '12.500 €',
    );
  });
});
