// Comparing how municipalities work, in Chromium: Kehl and Offenburg publish variants of one service; a third
// municipality reads their figures side by side (the best value marked, "keine Angaben" where Offenburg kept its
// rates to itself) and the family tree of Offenburg's variant; axe-core finds nothing on either page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addNode, connect, setNodeAttrs, type NodeId } from '@prozesswerk/process-model';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { removeDataDir, type TestServer } from '../support/server.ts';
import { axeViolations } from './support/axe.ts';
import { adminApi, createProcessIn, launchChromium, signIn, startAppServer } from './support/app.ts';
import { seedMap } from './support/seed.ts';

const LEIKA = '99050012104000';
let server: TestServer;
let browser: Browser;
let session: string;
let variant: string;

const api = (method: string, path: string, body?: unknown) => adminApi(server, method, path, body);

async function freezeAndPublish(processId: string, consent: Record<string, unknown>): Promise<void> {
  const { version } = (await api('POST', `/api/processes/${processId}/versions`, { name: 'Fassung' })) as {
    version: number;
  };
  await api('POST', `/api/processes/${processId}/versions/${version}/publish`, consent);
}

async function visit(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  await context.addCookies([{ name: 'pw_session', value: session, url: server.url }]);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  const kehl = (await createOrg(server.store, 'Stadt Kehl')).id;
  const offenburg = (await createOrg(server.store, 'Stadt Offenburg')).id;
  const origin = await createProcessIn(server, kehl, 'Gewerbeanmeldung');
  await api('PATCH', `/api/processes/${origin}`, { leikaKey: LEIKA });
  await api('PUT', `/api/orgs/${kehl}/hourly-rates`, { defaultRate: 60, roles: [] });
  let check: NodeId | undefined;
  await seedMap(server, origin, (doc) => {
    const start = addNode(doc, { kind: 'start', label: 'Antrag geht ein', x: 40, y: 140 });
    check = addNode(doc, {
      kind: 'activity',
      label: 'Antrag prüfen',
      x: 160,
      y: 128,
      attrs: { durationMin: 15, casesPerYear: 900 },
    });
    const done = addNode(doc, { kind: 'end', label: 'Bescheid versandt', x: 420, y: 140 });
    connect(doc, { source: start, target: check });
    connect(doc, { source: check, target: done });
  });
  await freezeAndPublish(origin, { hourlyRates: true });
  await createProcessIn(server, offenburg, 'Platzhalter');
  variant = (
    (await api('POST', `/api/processes/${origin}/versions/1/adopt`, {
      orgId: offenburg,
      title: 'Gewerbeanmeldung Offenburg',
    })) as { id: string }
  ).id;
  await seedMap(server, variant, (doc) => setNodeAttrs(doc, check!, { durationMin: 10, casesPerYear: 1500 }));
  await freezeAndPublish(variant, {});
  session = await signIn(server, 'Vera Vergleich', { role: 'viewer' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('comparing how municipalities work', () => {
  it('shows every published variant side by side, the best value marked and missing figures as such', async () => {
    const page = await visit(`/compare-municipalities?leika=${LEIKA}`);
    const table = page.getByTestId('municipality-table');
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.join(' | ')).toMatch(/Stadt Kehl.*Stadt Offenburg/);
    const row = (id: string) => table.locator(`tr[data-metric="${id}"] td`);
    expect(await row('cases').allTextContents()).toEqual(['900', '1.500']);
    // Offenburg's 10 minutes beat Kehl's 15, in text for screen readers too.
    expect(await row('staffMinutesPerCase').nth(1).textContent()).toContain('bester Wert');
    expect(await row('staffMinutesPerCase').nth(0).textContent()).not.toContain('bester Wert');
    // Offenburg did not publish its rates: no cost, and never "0 €".
    const costs = await row('staffCostPerCase').allTextContents();
    expect(costs.map((text) => text.replace(/\s/g, ' '))).toEqual(['15,00 €', 'keine Angaben']);
    expect(await row('handOffs').allTextContents()).toEqual(['keine Angaben', 'keine Angaben']);
    await page.getByText('Stadt Offenburg hat die Stundensätze nicht mit veröffentlicht').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the family tree with the current variant marked, and leads from it to the comparison', async () => {
    const page = await visit(`/p/${variant}/v/1`);
    const tree = page.getByTestId('family-tree');
    await tree.waitFor();
    const current = tree.locator('li[aria-current="true"]');
    expect(await current.textContent()).toContain('Gewerbeanmeldung Offenburg');
    expect(await current.textContent()).toContain('basiert auf Version 1');
    expect(await tree.locator('li').first().textContent()).toContain('Stadt Kehl');
    expect(await axeViolations(page)).toEqual([]);
    await tree.getByRole('link', { name: 'Wie arbeiten die Kommunen? Vergleichen' }).click();
    await page.getByTestId('municipality-table').waitFor();
    expect(new URL(page.url()).pathname).toBe('/compare-municipalities');
  });
});
