// The map as text: every step of the 1000-step benchmark map is listed, those outside the canvas's view too, and an
// edit made in the text view reaches another person's canvas; others' edits are announced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LARGE_MAP_NODES, writeLargeMap } from '../../bench/src/scenarios/large-map.ts';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer, type User } from './support/app.ts';
import { eventually } from './support/canvas.ts';
import { seedMap } from './support/seed.ts';

let server: TestServer;
let browser: Browser;
let anna: User;
let jonas: User;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  const processId = await createProcess(server, 'Großer Prozess');
  await seedMap(server, processId, writeLargeMap);
  // One after the other: each first load of the 1000-step map keeps a core busy for seconds.
  anna = await openAs(browser, server, processId, 'Anna Schmidt');
  jonas = await openAs(browser, server, processId, 'Jonas Weber');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

/** The canvas node named exactly `label` ("Schritt 2", not "Schritt 20"). */
const canvasNode = (user: User, label: string) =>
  user.page.locator(`.react-flow__node-process[aria-label*="„${label}“"]`);

/** A step's title button in the text view (by CSS and text: role queries over 5000 buttons are slow). */
const step = (user: User, label: string) =>
  user.page.locator('.outline-step-toggle').filter({ hasText: new RegExp(`^Tätigkeit „${label}“$`) });

describe('the text view of a large map', () => {
  it('lists every one of the 1000 steps, also those the canvas does not draw', async () => {
    // The canvas draws only what is in view: the last steps are not in its DOM.
    await canvasNode(jonas, 'Schritt 1').first().waitFor();
    const drawn = await jonas.page.locator('.react-flow__node-process').count();
    expect(drawn).toBeLessThan(LARGE_MAP_NODES);
    expect(await canvasNode(jonas, 'Schritt 1000').count()).toBe(0);

    await anna.page.getByRole('button', { name: 'Textansicht' }).click();
    const view = anna.page.getByTestId('text-view');
    await view.waitFor({ timeout: 30_000 });
    await eventually(
      async () => (await view.getByTestId('text-step').count()) === LARGE_MAP_NODES,
      'all steps to be listed',
      30_000,
    );
    const labels = await view.locator('.outline-step-title').allTextContents();
    for (const n of [1, 2, 500, 999, 1000]) {
      expect(labels.filter((label) => /„Schritt (\d+)“/.exec(label)?.[1] === String(n))).toHaveLength(1);
    }
    // Each step says where the flow goes on, in German.
    await view.locator('.outline-step-flow button', { hasText: /^weiter zu „Schritt 2“$/ }).waitFor();
  });

  it('renames a step and sets its processing time in the text view; the other person sees both on the canvas', async () => {
    await step(anna, 'Schritt 1').click();
    const editor = anna.page.locator('.outline-step-editor');
    await editor.getByLabel('Beschriftung', { exact: true }).fill('Antrag annehmen');
    await editor.getByLabel('Bearbeitungszeit').fill('12');
    await editor.getByLabel('Bearbeitungszeit').press('Enter');
    await canvasNode(jonas, 'Antrag annehmen').waitFor();
    await canvasNode(jonas, 'Antrag annehmen').getByText('12 Min.').waitFor();
    await step(anna, 'Antrag annehmen').waitFor();
  });

  it('adds a step after another, connected, and deletes it again, with the focus kept in the list', async () => {
    // (In this dense grid the new step lands far below, outside the other person's view.)
    const editor = anna.page.locator('.outline-step-editor');
    const addAfter = editor.getByRole('group', { name: 'Schritt danach einfügen' });
    await addAfter.getByLabel('Beschriftung des neuen Schritts').fill('Eingang bestätigen');
    await addAfter.getByRole('button', { name: 'Einfügen' }).click();
    await step(anna, 'Eingang bestätigen').waitFor();
    // The new step is drawn a frame before it takes the focus (see focus-step.ts).
    await expect
      .poll(() => anna.page.evaluate<string>('document.activeElement?.textContent ?? ""'))
      .toBe('Tätigkeit „Eingang bestätigen“');
    await anna.page
      .locator('.outline-step-flow button', { hasText: /^weiter zu „Eingang bestätigen“$/ })
      .waitFor();

    await step(anna, 'Eingang bestätigen').click();
    await anna.page.locator('.outline-step-editor').getByRole('button', { name: 'Schritt löschen' }).click();
    await step(anna, 'Eingang bestätigen').waitFor({ state: 'detached' });
    expect(await anna.page.evaluate<string>('document.activeElement?.textContent ?? ""')).toMatch(
      /^Tätigkeit „/,
    );
  });

  it("announces another person's edit in a polite live region", async () => {
    await canvasNode(jonas, 'Schritt 2').dblclick();
    const label = jonas.page.getByRole('textbox', { name: 'Beschriftung bearbeiten' });
    await label.fill('Unterlagen sichten');
    await label.press('Enter');
    await anna.page
      .getByTestId('text-view-others')
      .getByText('Änderung von anderen: geändert „Unterlagen sichten“')
      .waitFor({ state: 'attached' });
    await step(anna, 'Unterlagen sichten').waitFor();
  });
});
