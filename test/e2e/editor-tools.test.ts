// One person at the editor: lanes, inspector validation, keyboard, copy and paste across processes, read-only roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer, type User } from './support/app.ts';
import { addActivity, eventually, flowPosition, nodeByLabel } from './support/canvas.ts';

let server: TestServer;
let browser: Browser;
let processId: string;
let clara: User;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Wohnsitz anmelden');
  clara = await openAs(browser, server, processId, 'Clara Neumann');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('the editor for one person', () => {
  it('adds a named lane, and a node dropped into the lane belongs to it', async () => {
    const { page } = clara;
    await page.getByRole('button', { name: 'Bahn hinzufügen: Organisationseinheit' }).click();
    const editor = page.getByRole('textbox', { name: 'Beschriftung bearbeiten' });
    await editor.fill('Bürgerbüro');
    await editor.press('Enter');
    const lane = page.getByRole('group', { name: 'Bahn Bürgerbüro (Organisationseinheit)' });
    await lane.waitFor();
    const laneId = (await page.locator('.react-flow__node-lane').getAttribute('data-id'))?.replace(
      'lane:',
      '',
    );

    await page
      .getByRole('button', { name: 'Tätigkeit hinzufügen' })
      .dragTo(lane, { targetPosition: { x: 400, y: 100 } });
    const label = page.getByRole('textbox', { name: 'Beschriftung bearbeiten' });
    await label.fill('Meldeschein prüfen');
    await label.press('Enter');
    const node = nodeByLabel(page, 'Meldeschein prüfen');
    expect(await node.getByTestId('process-node').getAttribute('data-lane')).toBe(laneId);
  });

  it('resizes a lane by dragging its lower edge', async () => {
    const { page } = clara;
    const laneNode = page.locator('.react-flow__node-lane');
    const heightOf = async () =>
      Number(/height: ([\d.]+)px/.exec((await laneNode.getAttribute('style')) ?? '')?.[1]);
    const before = await heightOf();
    await laneNode.hover();
    const edge = await page.locator('.lane-resize').boundingBox();
    if (!edge) throw new Error('no resize handle');
    await page.mouse.move(edge.x + 300, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge.x + 300, edge.y + 80, { steps: 6 });
    await page.mouse.up();
    await eventually(async () => (await heightOf()) > before + 40, 'the lane to grow');
  });

  it('checks attributes in the inspector and explains mistakes in German', async () => {
    const { page } = clara;
    await nodeByLabel(page, 'Meldeschein prüfen').click();
    const duration = page.getByLabel('Bearbeitungszeit');
    await duration.fill('zehn');
    await page.getByText('Bitte geben Sie eine Zahl ein, z. B. 15 oder 2,5.').waitFor();
    await duration.fill('-3');
    await page.getByText('Der Wert darf nicht negativ sein.').waitFor();
    await duration.fill('15');
    await duration.press('Enter');
    await nodeByLabel(page, 'Meldeschein prüfen').getByText('15 Min.').waitFor();
    await page.getByLabel('Medium').selectOption('paper');
    await nodeByLabel(page, 'Meldeschein prüfen').getByText('Papier').waitFor();
  });

  it('moves selected nodes with Ctrl and the arrow keys and selects all with Ctrl+A', async () => {
    const { page } = clara;
    const node = nodeByLabel(page, 'Meldeschein prüfen');
    await node.click();
    const before = await flowPosition(node);
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('Control+ArrowDown');
    await eventually(async () => {
      const after = await flowPosition(node);
      return after.x === before.x + 8 && after.y === before.y + 8;
    }, 'the nudge');
    await addActivity(page, { x: 150, y: 420 }, 'Zweiter Schritt');
    await page.keyboard.press('Control+a');
    await page.getByText('2 Elemente ausgewählt').waitFor();
  });

  it('copies nodes into another process', async () => {
    const { page } = clara;
    await page.keyboard.press('Control+c');
    const otherId = await createProcess(server, 'Wohnsitz abmelden');
    await page.goto(`${server.url}/p/${otherId}`);
    await page.locator('[data-testid="connection"][data-state="online"]').waitFor();
    await page.locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
    await page.keyboard.press('Control+v');
    await nodeByLabel(page, 'Meldeschein prüfen').waitFor();
    await nodeByLabel(page, 'Zweiter Schritt').waitFor();
  });

  it('shows the map read-only to a viewer, with the reason', async () => {
    const viewer = await openAs(browser, server, processId, 'Volker Vogt', { role: 'viewer' });
    const { page } = viewer;
    const banner = page.getByTestId('read-only-banner');
    await banner.getByText('Als Betrachter:in können Sie den Prozess ansehen').waitFor();
    // A member with the viewer role was not invited as a guest; the banner does not say so.
    expect(await banner.textContent()).not.toContain('eingeladen');
    await nodeByLabel(page, 'Meldeschein prüfen').waitFor();
    expect(await page.getByRole('complementary', { name: 'Elemente' }).count()).toBe(0);
    await page.locator('.react-flow__pane').dblclick({ position: { x: 500, y: 500 } });
    await nodeByLabel(page, 'Meldeschein prüfen').click();
    expect(await page.getByLabel('Bearbeitungszeit').isDisabled()).toBe(true);
    expect(await page.locator('.react-flow__node-process').count()).toBe(2);
    await viewer.context.close();
  });
});
