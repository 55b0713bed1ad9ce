// Two people edit one process in two browsers: each sees the other's changes, cursor and offline edits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer, type User } from './support/app.ts';
import { addActivity, dragBy, eventually, flowPosition, nodeByLabel } from './support/canvas.ts';

let server: TestServer;
let browser: Browser;
let anna: User;
let jonas: User;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  const processId = await createProcess(server, 'Gewerbeanmeldung');
  [anna, jonas] = await Promise.all([
    openAs(browser, server, processId, 'Anna Schmidt'),
    openAs(browser, server, processId, 'Jonas Weber'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('the editor with two people on one process', () => {
  it('shows a node added, moved, relabelled, connected and deleted by one person to the other', async () => {
    const first = await addActivity(anna.page, { x: 200, y: 150 }, 'Antrag prüfen');
    await nodeByLabel(jonas.page, 'Antrag prüfen').waitFor();

    const before = await flowPosition(nodeByLabel(jonas.page, 'Antrag prüfen'));
    await dragBy(anna.page, first, 160, 80);
    await eventually(async () => {
      const after = await flowPosition(nodeByLabel(jonas.page, 'Antrag prüfen'));
      return after.x > before.x + 50 && after.y > before.y + 20;
    }, 'the move to reach the other browser');

    await first.dblclick();
    const editor = anna.page.getByRole('textbox', { name: 'Beschriftung bearbeiten' });
    await editor.fill('Antrag fachlich prüfen');
    await editor.press('Enter');
    await nodeByLabel(jonas.page, 'Antrag fachlich prüfen').waitFor();

    const second = await addActivity(anna.page, { x: 650, y: 450 }, 'Bescheid erstellen');
    await nodeByLabel(jonas.page, 'Bescheid erstellen').waitFor();
    const relabelled = nodeByLabel(anna.page, 'Antrag fachlich prüfen');
    await relabelled.hover();
    const from = await relabelled.locator('.react-flow__handle-right').boundingBox();
    await second.hover();
    const to = await second.locator('.react-flow__handle-left').boundingBox();
    if (!from || !to) throw new Error('handles not found');
    await anna.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await anna.page.mouse.down();
    await anna.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await anna.page.mouse.up();
    await jonas.page.locator('.react-flow__edge').first().waitFor();
    // A screen reader names the connection by the steps it joins, not by internal ids.
    await jonas.page
      .getByRole('group', { name: 'Verbindung von „Antrag fachlich prüfen“ nach „Bescheid erstellen“' })
      .or(
        jonas.page.getByRole('img', {
          name: 'Verbindung von „Antrag fachlich prüfen“ nach „Bescheid erstellen“',
        }),
      )
      .waitFor();

    await relabelled.click();
    await anna.page.keyboard.press('Delete');
    await nodeByLabel(jonas.page, 'Antrag fachlich prüfen').waitFor({ state: 'detached' });
    await eventually(
      async () => (await jonas.page.locator('.react-flow__edge').count()) === 0,
      'the edge to go',
    );
    await nodeByLabel(jonas.page, 'Bescheid erstellen').waitFor();
  });

  it('moves a node live for the other person while it is dragged, and stores it once on drop', async () => {
    const node = nodeByLabel(anna.page, 'Bescheid erstellen');
    const before = await flowPosition(nodeByLabel(jonas.page, 'Bescheid erstellen'));
    const box = await node.boundingBox();
    if (!box) throw new Error('node not visible');
    await anna.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await anna.page.mouse.down();
    await anna.page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 60, { steps: 8 });
    await eventually(
      async () => (await flowPosition(nodeByLabel(jonas.page, 'Bescheid erstellen'))).x < before.x - 40,
      'the live drag to show in the other browser',
    );
    expect(await anna.page.getByTestId('save-status').getAttribute('data-unsaved')).toBe('0');
    await anna.page.mouse.up();
    const dropped = await flowPosition(node);
    await eventually(async () => {
      const seen = await flowPosition(nodeByLabel(jonas.page, 'Bescheid erstellen'));
      return seen.x === dropped.x && seen.y === dropped.y;
    }, 'the drop to reach the other browser');
  });

  it("shows the other person's cursor with their name", async () => {
    const pane = await jonas.page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no canvas');
    await jonas.page.mouse.move(pane.x + 300, pane.y + 200, { steps: 3 });
    await anna.page.getByTestId('remote-cursor').filter({ hasText: 'Jonas Weber' }).waitFor();
  });

  it("undoes only one's own change, never the other person's", async () => {
    await addActivity(anna.page, { x: 120, y: 320 }, 'Von Anna');
    await addActivity(jonas.page, { x: 450, y: 320 }, 'Von Jonas');
    await nodeByLabel(anna.page, 'Von Jonas').waitFor();
    await nodeByLabel(jonas.page, 'Von Anna').waitFor();

    await anna.page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
    // Adding and naming may be one or two undo steps; undo until Anna's node is gone.
    await eventually(async () => {
      await anna.page.keyboard.press('Control+z');
      return (await nodeByLabel(anna.page, 'Von Anna').count()) === 0;
    }, "Anna's node to be undone");
    await nodeByLabel(jonas.page, 'Von Anna').waitFor({ state: 'detached' });
    expect(await nodeByLabel(anna.page, 'Von Jonas').count()).toBe(1);
    expect(await nodeByLabel(jonas.page, 'Von Jonas').count()).toBe(1);
  });

  it('merges edits made offline on both sides when they come back online', async () => {
    await Promise.all([anna.context.setOffline(true), jonas.context.setOffline(true)]);
    await anna.page.locator('[data-testid="connection"][data-state="offline"]').waitFor();
    await jonas.page.locator('[data-testid="connection"][data-state="offline"]').waitFor();

    await addActivity(anna.page, { x: 120, y: 560 }, 'Offline von Anna');
    await addActivity(jonas.page, { x: 450, y: 560 }, 'Offline von Jonas');
    await anna.page.getByTestId('save-status').getByText('noch nicht gespeichert').waitFor();
    expect(await nodeByLabel(anna.page, 'Offline von Jonas').count()).toBe(0);

    await Promise.all([anna.context.setOffline(false), jonas.context.setOffline(false)]);
    await nodeByLabel(anna.page, 'Offline von Jonas').waitFor({ timeout: 15_000 });
    await nodeByLabel(jonas.page, 'Offline von Anna').waitFor({ timeout: 15_000 });
    await anna.page.getByTestId('save-status').getByText('Alle Änderungen gespeichert').waitFor();
    await jonas.page.getByTestId('save-status').getByText('Alle Änderungen gespeichert').waitFor();
  });

  it('grows a lane for a step moved past its lower edge with Ctrl+arrows, for both people', async () => {
    const { page } = anna;
    await page.getByRole('button', { name: 'Bahn hinzufügen: Organisationseinheit' }).click();
    const editor = page.getByRole('textbox', { name: 'Beschriftung bearbeiten' });
    await editor.fill('Ordnungsamt');
    await editor.press('Enter');
    const laneName = 'Bahn Ordnungsamt (Organisationseinheit)';
    const lane = page.getByRole('group', { name: laneName });
    await lane.waitFor();
    await page
      .getByRole('button', { name: 'Tätigkeit hinzufügen' })
      .dragTo(lane, { targetPosition: { x: 400, y: 60 } });
    const label = page.getByRole('textbox', { name: 'Beschriftung bearbeiten' });
    await label.fill('Gebühr festsetzen');
    await label.press('Enter');
    const step = nodeByLabel(page, 'Gebühr festsetzen');
    await step.click();
    const laneHeight = Number(/height: ([\d.]+)px/.exec((await lane.getAttribute('style')) ?? '')?.[1]);
    // Shift moves 40 px a press: far enough for the step's bottom to pass the lane's original edge.
    for (let press = 0; press < Math.ceil(laneHeight / 40) + 1; press++) {
      const before = await flowPosition(step);
      await page.keyboard.press('Control+Shift+ArrowDown');
      await eventually(async () => (await flowPosition(step)).y > before.y, 'the step to move down');
    }
    for (const person of [anna, jonas]) {
      await eventually(
        async () => {
          const laneBox = await person.page.getByRole('group', { name: laneName }).boundingBox();
          const stepBox = await nodeByLabel(person.page, 'Gebühr festsetzen').boundingBox();
          if (!laneBox || !stepBox) return false;
          return (
            laneBox.height > 0 &&
            stepBox.y + stepBox.height <= laneBox.y + laneBox.height &&
            stepBox.y >= laneBox.y &&
            (await nodeByLabel(person.page, 'Gebühr festsetzen')
              .getByTestId('process-node')
              .getAttribute('data-lane')) ===
              (await person.page.locator('.react-flow__node-lane').getAttribute('data-id'))?.replace(
                'lane:',
                '',
              )
          );
        },
        `the step inside its grown lane for ${person === anna ? 'Anna' : 'Jonas'}`,
      );
    }
    const grown = Number(/height: ([\d.]+)px/.exec((await lane.getAttribute('style')) ?? '')?.[1]);
    expect(grown).toBeGreaterThan(laneHeight);
  });

  it('signs out from one’s own avatar in the editor', async () => {
    await jonas.page.getByRole('button', { name: /Jonas Weber \(Sie\)/ }).click();
    await jonas.page.getByTestId('peer-menu').getByRole('button', { name: 'Abmelden' }).click();
    await jonas.page.waitForURL('**/login');
    expect(await jonas.page.evaluate(async () => (await fetch('/api/auth/session')).status)).toBe(401);
  });
});
