// A facilitator runs a workshop with two participants: lock the map, bring everyone to one view, run a timer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addNode } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { waitFor } from '../support/clients.ts';
import { connectAs } from '../support/raw-client.ts';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, signIn, startAppServer, type User } from './support/app.ts';
import {
  addActivity,
  dragBy,
  eventually,
  flowPosition,
  nodeByLabel,
  steadyViewport,
  viewportTransform,
} from './support/canvas.ts';

let server: TestServer;
let browser: Browser;
let frieda: User;
let paul: User;
let petra: User;
let participants: User[];
let processId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Wohngeldantrag');
  [frieda, paul, petra] = await Promise.all([
    openAs(browser, server, processId, 'Frieda Moderation', { role: 'facilitator' }),
    openAs(browser, server, processId, 'Paul Becker', { role: 'editor' }),
    openAs(browser, server, processId, 'Petra Nowak', { role: 'editor' }),
  ]);
  participants = [paul, petra];
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

/*
 * The map point in the middle of what the person sees of the canvas (an open drawer's part left out),
 * with the zoom, read from the page as a person would see it.
 */
async function visibleMiddle(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const canvas = await page.locator('.react-flow').first().boundingBox();
  if (!canvas) throw new Error('no canvas');
  const drawer =
    (await page.locator('.drawer').count()) > 0 ? await page.locator('.drawer').boundingBox() : null;
  const right = Math.min(canvas.x + canvas.width, drawer?.x ?? Infinity);
  const match = /translate\((-?[\d.e-]+)px,\s*(-?[\d.e-]+)px\)\s*scale\(([\d.e-]+)\)/.exec(
    await viewportTransform(page),
  );
  if (!match) throw new Error('no viewport transform');
  const [x, y, zoom] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return {
    x: ((canvas.x + right) / 2 - canvas.x - x) / zoom,
    y: (canvas.height / 2 - y) / zoom,
    zoom,
  };
}

const timerText = async (page: Page) =>
  ((await page.getByTestId('workshop-timer').textContent()) ?? '').trim();

function seconds(text: string): number {
  const match = /(\d\d):(\d\d)/.exec(text);
  if (!match) throw new Error(`no mm:ss in "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

describe('a workshop with a facilitator and two participants', () => {
  it('shows the workshop controls to the facilitator only', async () => {
    await frieda.page.getByRole('button', { name: 'Karte sperren' }).waitFor();
    await frieda.page.getByRole('button', { name: 'Alle zu mir holen' }).waitFor();
    for (const { page } of participants) {
      await page.getByTestId('workshop-bar').waitFor({ state: 'attached' });
      expect(await page.getByRole('button', { name: 'Karte sperren' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Alle zu mir holen' }).count()).toBe(0);
    }
  });

  it('locks the map so participants cannot edit, their attempts do not reach anyone, and unlocks it', async () => {
    await addActivity(paul.page, { x: 300, y: 200 }, 'Antrag prüfen');
    await nodeByLabel(frieda.page, 'Antrag prüfen').waitFor();
    const before = await flowPosition(nodeByLabel(frieda.page, 'Antrag prüfen'));

    await frieda.page.getByRole('button', { name: 'Karte sperren' }).click();
    for (const { page } of participants) {
      await page.getByText('Die Moderation hat die Karte für die Diskussion gesperrt').waitFor();
      await page.getByText('Kommentieren und Abstimmen geht weiter.').waitFor();
      await page.locator('.workspace.is-read-only').waitFor();
    }
    expect(await frieda.page.getByTestId('workshop-locked-banner').count()).toBe(0);

    // Paul tries anyway: drag, delete and a new activity by double-click.
    const node = nodeByLabel(paul.page, 'Antrag prüfen');
    await dragBy(paul.page, node, 200, 120);
    await node.click();
    await paul.page.keyboard.press('Delete');
    const pane = await paul.page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no canvas');
    await paul.page.mouse.dblclick(pane.x + 700, pane.y + 450);
    expect(await paul.page.getByRole('textbox', { name: 'Beschriftung bearbeiten' }).count()).toBe(0);

    // A participant who bypasses the UI with a stock y-websocket client is refused by the server.
    const cookie = `pw_session=${encodeURIComponent(await signIn(server, 'Rolf Roh', { role: 'editor' }))}`;
    const raw = connectAs(server.url, roomName(processId, 'map'), { cookie });
    try {
      await waitFor(() => raw.provider.synced, 5000, 'the raw client to sync');
      addNode(raw.doc, { kind: 'activity', label: 'Heimlich eingefügt', x: 500, y: 300 });
      await waitFor(() => raw.denials.length > 0, 5000, 'the server to refuse the raw change');
      expect(raw.denials.join(' ')).toContain('map-locked');
    } finally {
      raw.destroy();
    }

    // The facilitator can still edit; what she does reaches the participants.
    await addActivity(frieda.page, { x: 300, y: 420 }, 'Bescheid erstellen');
    await nodeByLabel(paul.page, 'Bescheid erstellen').waitFor();
    await nodeByLabel(petra.page, 'Bescheid erstellen').waitFor();
    // Nothing of Paul's attempt arrived, well after the facilitator's own change did.
    await frieda.page.waitForTimeout(500);
    expect(await flowPosition(nodeByLabel(frieda.page, 'Antrag prüfen'))).toEqual(before);
    expect(await frieda.page.locator('.react-flow__node-process').count()).toBe(2);
    expect(await nodeByLabel(frieda.page, 'Heimlich eingefügt').count()).toBe(0);
    expect(await flowPosition(nodeByLabel(petra.page, 'Antrag prüfen'))).toEqual(before);

    await frieda.page.getByRole('button', { name: 'Karte entsperren' }).click();
    for (const { page } of participants) {
      await page.getByTestId('workshop-locked-banner').waitFor({ state: 'detached' });
      await page.locator('.workspace:not(.is-read-only)').waitFor();
    }
    await addActivity(petra.page, { x: 700, y: 200 }, 'Nachweise anfordern');
    await nodeByLabel(frieda.page, 'Nachweise anfordern').waitFor();
    // Paul's attempts moved his view; only what is in view is drawn, so he looks at the whole map first.
    await paul.page.locator('.react-flow__pane').click();
    await paul.page.keyboard.press('Shift+Digit1');
    await nodeByLabel(paul.page, 'Nachweise anfordern').waitFor();
  });

  it('summons both participants to the middle of what the facilitator sees, and tells them', async () => {
    const pane = await frieda.page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no canvas');
    // Frieda pans and zooms somewhere else first, so her view differs from everyone else's.
    await frieda.page.mouse.move(pane.x + 600, pane.y + 550);
    await frieda.page.mouse.down();
    await frieda.page.mouse.move(pane.x + 400, pane.y + 450, { steps: 6 });
    await frieda.page.mouse.up();
    const panned = await steadyViewport(frieda.page);
    await frieda.page.mouse.wheel(0, -300);
    await eventually(
      async () => (await viewportTransform(frieda.page)) !== panned,
      'Frieda’s zoom to be drawn',
    );
    const target = await steadyViewport(frieda.page);
    expect(target).toMatch(/translate\(.*scale/);
    const before = await Promise.all(participants.map(({ page }) => viewportTransform(page)));
    for (const transform of before) expect(transform).not.toBe(target);
    // Petra has a drawer open over the right of her canvas; Paul, without the facilitator's bar, a taller one.
    await petra.page.locator('.panel-rail').getByRole('button', { name: 'Kennzahlen' }).click();
    await petra.page.locator('#editor-metrics').waitFor();

    await frieda.page.getByRole('button', { name: 'Alle zu mir holen' }).click();
    const wanted = await visibleMiddle(frieda.page);
    for (const { page } of participants) {
      await eventually(async () => {
        const seen = await visibleMiddle(page);
        return Math.abs(seen.x - wanted.x) < 1 && Math.abs(seen.y - wanted.y) < 1;
      }, 'the summoned view in the middle of the visible canvas');
      // The move is animated: its centre arrives a few frames before its zoom does.
      await steadyViewport(page);
      await page
        .getByRole('status')
        .filter({ hasText: 'Die Moderation hat Sie zu ihrer Ansicht geholt.' })
        .waitFor();
    }
    // Paul's canvas is as wide and taller: same zoom. Petra's is narrower: zoomed out to show it all.
    expect((await visibleMiddle(paul.page)).zoom).toBeCloseTo(wanted.zoom, 5);
    expect((await visibleMiddle(petra.page)).zoom).toBeLessThan(wanted.zoom);
    expect(await viewportTransform(frieda.page)).toBe(target);
    expect(await frieda.page.getByTestId('summon-notice').textContent()).toBe('');
    await petra.page.locator('.panel-rail').getByRole('button', { name: 'Kennzahlen' }).click();
  });

  it('runs a timer the facilitator starts, counting down in every browser', async () => {
    await frieda.page.getByRole('combobox', { name: 'Dauer' }).selectOption('5');
    await frieda.page.getByRole('button', { name: 'Timer starten' }).click();
    const first: number[] = [];
    for (const { page } of [frieda, paul, petra]) {
      await page.getByTestId('workshop-timer').waitFor();
      const text = await timerText(page);
      expect(text).toMatch(/^0[45]:\d\d$/);
      first.push(seconds(text));
      expect(seconds(text)).toBeGreaterThan(4 * 60 + 50);
    }
    for (const [index, { page }] of [frieda, paul, petra].entries()) {
      await eventually(
        async () => seconds(await timerText(page)) < (first[index] ?? 0) - 1,
        'the countdown to go down',
      );
    }

    await frieda.page.getByRole('button', { name: 'Timer anhalten' }).click();
    await paul.page.locator('[data-testid="workshop-timer"][data-state="paused"]').waitFor();
    const paused = await timerText(paul.page);
    await paul.page.waitForTimeout(1200);
    expect(await timerText(paul.page)).toBe(paused);

    await frieda.page.getByRole('button', { name: 'Timer beenden' }).click();
    for (const { page } of [paul, petra])
      await page.getByTestId('workshop-timer').waitFor({ state: 'detached' });
  });

  it('signals the end of the time to everyone, visibly and to screen readers', async () => {
    await frieda.page.getByRole('combobox', { name: 'Dauer' }).selectOption('custom');
    await frieda.page.getByRole('spinbutton', { name: 'Minuten' }).fill('0.05');
    await frieda.page.getByRole('button', { name: 'Timer starten' }).click();
    for (const { page } of [frieda, paul, petra]) {
      await page.locator('[data-testid="workshop-timer"][data-state="finished"]').waitFor({ timeout: 8000 });
      expect(await timerText(page)).toMatch(/^00:00\s*Zeit ist um/);
      expect(await page.getByTestId('workshop-timer-announcement').textContent()).toBe(
        'Die Zeit ist abgelaufen.',
      );
    }
    // A run-out timer cannot be paused, only stopped.
    expect(await frieda.page.getByRole('button', { name: 'Timer anhalten' }).count()).toBe(0);
    // The signal stays until each person closes it; Paul closing his leaves Petra's.
    await paul.page.getByRole('button', { name: 'Hinweis ausblenden' }).click();
    await paul.page.getByTestId('workshop-timer').waitFor({ state: 'detached' });
    await petra.page.waitForTimeout(300);
    expect(await petra.page.locator('[data-testid="workshop-timer"][data-state="finished"]').count()).toBe(1);
    await frieda.page.getByRole('button', { name: 'Timer beenden' }).click();
    await petra.page.getByTestId('workshop-timer').waitFor({ state: 'detached' });
  });

  it('lists who is here with their role', async () => {
    await paul.page.getByRole('button', { name: '3 Personen' }).click();
    const table = paul.page.getByTestId('workshop-participants');
    await table.getByRole('row', { name: /Frieda Moderation.*Moderation/ }).waitFor();
    await table.getByRole('row', { name: /Paul Becker \(Sie\).*Bearbeiten/ }).waitFor();
    await table.getByRole('row', { name: /Petra Nowak.*Bearbeiten/ }).waitFor();
  });
});
