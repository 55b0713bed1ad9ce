// Following an origin in Chromium: Offenburg sees Kehl's new version, reviews it on the map, takes two of three
// changes over while a colleague edits, the colleague sees them arrive live, and undo takes them back.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  addNode,
  connect,
  disconnect,
  setNodeAttrs,
  type EdgeId,
  type NodeId,
} from '@prozesswerk/process-model';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { removeDataDir, type TestServer } from '../support/server.ts';
import {
  adminApi,
  createProcessIn,
  launchChromium,
  openAs,
  startAppServer,
  type User,
} from './support/app.ts';
import { addActivity, eventually, nodeByLabel } from './support/canvas.ts';
import { seedMap } from './support/seed.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: TestServer;
let browser: Browser;
let variant: string;
let anna: User;
let ben: User;
const ids: { check?: NodeId; done?: NodeId; issue?: NodeId; cut?: EdgeId } = {};

const api = (method: string, path: string, body?: unknown) => adminApi(server, method, path, body);

async function freezeAndPublish(processId: string, name: string): Promise<void> {
  const { version } = (await api('POST', `/api/processes/${processId}/versions`, { name })) as {
    version: number;
  };
  await api('POST', `/api/processes/${processId}/versions/${version}/publish`, {});
}

const drawer = (page: Page) => page.locator('#editor-upstream');

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  const kehl = (await createOrg(server.store, 'Stadt Kehl')).id;
  const offenburg = (await createOrg(server.store, 'Stadt Offenburg')).id;
  const origin = await createProcessIn(server, kehl, 'Gewerbeanmeldung');
  await seedMap(server, origin, (doc) => {
    const start = addNode(doc, { kind: 'start', label: 'Antrag geht ein', x: 40, y: 140 });
    ids.check = addNode(doc, {
      kind: 'activity',
      label: 'Antrag prüfen',
      x: 160,
      y: 128,
      attrs: { durationMin: 15 },
    });
    ids.issue = addNode(doc, { kind: 'activity', label: 'Gewerbeschein ausstellen', x: 420, y: 128 });
    ids.done = addNode(doc, { kind: 'end', label: 'Bescheid versandt', x: 700, y: 140 });
    connect(doc, { source: start, target: ids.check });
    connect(doc, { source: ids.check, target: ids.issue });
    ids.cut = connect(doc, { source: ids.issue, target: ids.done });
  });
  await api('POST', `/api/processes/${origin}/versions`, { name: 'Entwurf' });
  await freezeAndPublish(origin, 'Abgestimmt im Workshop');
  // Offenburg adopts version 2 (the test's admin is a member there too).
  await createProcessIn(server, offenburg, 'Platzhalter');
  variant = (
    (await api('POST', `/api/processes/${origin}/versions/2/adopt`, {
      orgId: offenburg,
      title: 'Gewerbeanmeldung Offenburg',
    })) as { id: string }
  ).id;
  // Kehl works on: a new step, a longer check, one connection less; version 3 is published.
  await seedMap(server, origin, (doc) => {
    addNode(doc, { kind: 'activity', label: 'Gebühr erheben', x: 420, y: 300 });
    setNodeAttrs(doc, ids.check!, { durationMin: 20 });
    disconnect(doc, ids.cut!);
  });
  await freezeAndPublish(origin, 'Mit Gebühr');
  anna = await openAs(browser, server, variant, 'Anna Offenburg', { orgId: offenburg });
  ben = await openAs(browser, server, variant, 'Ben Offenburg', { orgId: offenburg });
});

afterAll(async () => {
  for (const user of [anna, ben]) await user?.context.close();
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('following the origin in the editor', () => {
  it('shows the banner for Kehl’s new version and the changes highlighted on the map', async () => {
    const banner = anna.page.getByTestId('upstream-banner');
    await expect.poll(() => banner.textContent()).toContain('Stadt Kehl hat Version 3 veröffentlicht');
    await banner.getByRole('button', { name: 'Änderungen ansehen' }).click();
    const changes = drawer(anna.page).getByTestId('upstream-change');
    await expect.poll(() => changes.count()).toBe(3);
    await expect
      .poll(() => drawer(anna.page).textContent())
      .toMatch(/Bearbeitungszeit:\s*15 Min\.\s*→\s*20 Min\./);
    // On the map: the changed step framed, the new one outlined where Kehl put it, the removed connection struck.
    await expect
      .poll(() => nodeByLabel(anna.page, 'Antrag prüfen').getByTestId('upstream-mark').count())
      .toBe(1);
    await expect
      .poll(() => anna.page.getByTestId('upstream-ghost').textContent())
      .toContain('Gebühr erheben');
    await expect.poll(() => anna.page.getByTestId('upstream-removed-edge').count()).toBe(1);
    // Nothing of this is shown to the colleague who did not open the review.
    expect(await ben.page.getByTestId('upstream-mark').count()).toBe(0);

    // Evaluated over the DevTools protocol: the page's Content-Security-Policy rightly refuses inline scripts.
    await anna.page.evaluate(axeSource);
    const violations = await anna.page.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string }[] }> } }
      ).axe;
      const result = await axe.run({ include: [['#editor-upstream'], ['[data-testid="upstream-banner"]']] });
      return result.violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
  });

  it('takes two of three changes over while a colleague edits; the colleague sees them arrive live', async () => {
    // Ben keeps working on the same map meanwhile.
    await addActivity(ben.page, { x: 300, y: 520 }, 'Termin vereinbaren');
    const removed = drawer(anna.page).locator('[data-testid="upstream-change"][data-kind="removed"]');
    await removed.getByRole('checkbox').uncheck();
    const apply = drawer(anna.page).getByTestId('upstream-apply');
    await expect.poll(() => apply.textContent()).toBe('Ausgewählte übernehmen (2)');
    await apply.click();
    await expect
      .poll(() => drawer(anna.page).getByTestId('upstream-applied').textContent())
      .toContain('2 Änderungen übernommen. Ihre Variante basiert jetzt auf Version 3.');

    await nodeByLabel(ben.page, 'Gebühr erheben').waitFor();
    await expect.poll(() => nodeByLabel(ben.page, 'Antrag prüfen').textContent()).toContain('20');
    // Not taken over: the connection Kehl removed is still there for both; Ben's own step too.
    expect(await ben.page.locator('.react-flow__edge').count()).toBe(3);
    await nodeByLabel(anna.page, 'Termin vereinbaren').waitFor();
    await expect.poll(() => anna.page.getByTestId('upstream-banner').count()).toBe(0);
  });

  it('lets the person who took the changes over take them back in one step; the colleague sees that too', async () => {
    await anna.page.getByRole('button', { name: 'Rückgängig', exact: true }).click();
    await eventually(
      async () => (await nodeByLabel(ben.page, 'Gebühr erheben').count()) === 0,
      'undo seen live',
    );
    await expect.poll(() => nodeByLabel(ben.page, 'Antrag prüfen').textContent()).toContain('15');
    expect(await nodeByLabel(ben.page, 'Termin vereinbaren').count()).toBe(1);
  });
});
