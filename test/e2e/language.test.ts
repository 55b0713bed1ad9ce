// The interface in English: German comes with the app, English is loaded when someone chooses it — the switch
// shows the editor in English at once, and a reload stays in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { addNode } from '@prozesswerk/process-model';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { nodeByLabel } from './support/canvas.ts';
import { launchChromium, openAs, startAppServer } from './support/app.ts';
import { seedMap } from './support/seed.ts';

let server: TestServer;
let browser: Browser;
let processId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Gewerbeanmeldung');
  await seedMap(server, processId, (doc) => {
    addNode(doc, { kind: 'activity', label: 'Antrag prüfen', x: 200, y: 0 });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('the language switch', () => {
  it('shows the editor in English when chosen, and again after a reload', async () => {
    const { context, page } = await openAs(browser, server, processId, 'Anna');
    await nodeByLabel(page, 'Antrag prüfen').waitFor();
    await page.getByRole('button', { name: 'Kennzahlen' }).waitFor();

    await page.getByRole('button', { name: /^EN – / }).click();
    await page.getByRole('button', { name: 'Metrics' }).waitFor();
    expect(await page.getByRole('main').getAttribute('aria-label')).toBe('Workspace');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await nodeByLabel(page, 'Antrag prüfen').waitFor();
    await page.getByRole('button', { name: 'Metrics' }).waitFor();
    expect(await page.getByRole('button', { name: 'Kennzahlen' }).count()).toBe(0);

    await page.getByRole('button', { name: /^DE – / }).click();
    await page.getByRole('button', { name: 'Kennzahlen' }).waitFor();
    await context.close();
  });
});
