// A facilitator and two participants vote with dots, follow each other's view, turn notes into activities and freeze.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { addNode } from '@prozesswerk/process-model';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer, type User } from './support/app.ts';
import {
  eventually,
  flowPosition,
  nodeByLabel,
  steadyViewport,
  viewportTransform,
} from './support/canvas.ts';
import { seedMap } from './support/seed.ts';

let server: TestServer;
let browser: Browser;
let frieda: User;
let paul: User;
let petra: User;
let everyone: User[];
let processId: string;

const FORMS = 'Zu viele Formulare';
const WAITING = 'Lange Wartezeit';
const CHECK = 'Antrag prüfen';
const MISSING = 'Unterlagen fehlen';

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Wohngeldantrag');
  await seedMap(server, processId, (doc) => {
    addNode(doc, { kind: 'note', label: FORMS, x: 100, y: 80 });
    addNode(doc, { kind: 'note', label: WAITING, x: 360, y: 80 });
    addNode(doc, { kind: 'activity', label: CHECK, x: 100, y: 320 });
    addNode(doc, { kind: 'note', label: MISSING, x: 620, y: 320 });
  });
  [frieda, paul, petra] = await Promise.all([
    openAs(browser, server, processId, 'Frieda Moderation', { role: 'facilitator' }),
    openAs(browser, server, processId, 'Paul Becker', { role: 'editor' }),
    openAs(browser, server, processId, 'Petra Nowak', { role: 'editor' }),
  ]);
  everyone = [frieda, paul, petra];
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

const votes = (page: Page, label: string): Locator => nodeByLabel(page, label).getByTestId('node-votes');

async function cast(page: Page, label: string, times = 1): Promise<void> {
  const dots = votes(page, label);
  for (let i = 0; i < times; i++) {
    const before = Number(await dots.getAttribute('data-dots'));
    await dots.getByRole('button', { name: 'Punkt vergeben' }).click();
    await dots.and(page.locator(`[data-dots="${before + 1}"]`)).waitFor();
  }
}

async function retract(page: Page, label: string): Promise<void> {
  const dots = votes(page, label);
  const before = Number(await dots.getAttribute('data-dots'));
  await dots.getByRole('button', { name: 'Punkt zurücknehmen' }).click();
  await dots.and(page.locator(`[data-dots="${before - 1}"]`)).waitFor();
}

const remaining = async (page: Page) => (await page.getByTestId('voting-remaining').textContent()) ?? '';

type View = { x: number; y: number; zoom: number };

function parseView(transform: string): View {
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*scale\(([\d.]+)\)/.exec(transform);
  if (!match) throw new Error(`no viewport in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

const viewport = async (page: Page): Promise<View> => parseView(await viewportTransform(page));

const sameView = (a: View, b: View) =>
  Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 0.001;

async function pan(page: Page, dx: number, dy: number): Promise<void> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  // Low on the canvas, away from the nodes and the panels at the top.
  const x = pane.x + 300;
  const y = pane.y + pane.height - 150;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 4 });
  await page.mouse.up();
}

describe('dot voting in a workshop', () => {
  it('hides totals while the round is open and shows the same result everywhere once it closes', async () => {
    for (const { page } of everyone) await nodeByLabel(page, MISSING).waitFor();
    expect(await votes(paul.page, FORMS).count()).toBe(0);

    await frieda.page.getByRole('button', { name: 'Abstimmung starten' }).click();
    await frieda.page.getByLabel('Frage (freiwillig)').fill('Wo hakt es am meisten?');
    await frieda.page.getByLabel('Punkte pro Person').fill('3');
    await frieda.page.getByRole('button', { name: 'Starten', exact: true }).click();
    for (const { page } of everyone) {
      await page.getByTestId('voting-remaining').getByText('Noch 3 von 3 Punkten').waitFor();
      expect(await remaining(page)).toContain('Wo hakt es am meisten?');
    }

    // Paul uses all three dots, and they are still his after a reload (the id is his account, not the tab).
    await cast(paul.page, FORMS, 2);
    await cast(paul.page, CHECK);
    expect(await remaining(paul.page)).toContain('Noch 0 von 3 Punkten');
    expect(await votes(paul.page, WAITING).getByRole('button', { name: 'Punkt vergeben' }).isDisabled()).toBe(
      true,
    );
    await paul.page.reload();
    await votes(paul.page, FORMS).and(paul.page.locator('[data-dots="2"]')).waitFor();
    expect(await remaining(paul.page)).toContain('Noch 0 von 3 Punkten');

    await cast(frieda.page, WAITING);
    // Petra changes her mind once: a dot taken back is free again.
    await cast(petra.page, WAITING);
    await cast(petra.page, FORMS);
    await retract(petra.page, WAITING);
    await cast(petra.page, CHECK);
    expect(await remaining(petra.page)).toContain('Noch 1 von 3 Punkten');

    // While open, each person sees only their own dots: Petra 1 on the forms note (Paul's 2 not added),
    // Paul none on the waiting-time note (Frieda's dot not shown), and no totals anywhere.
    await petra.page.waitForTimeout(300);
    expect(await votes(petra.page, FORMS).getAttribute('data-dots')).toBe('1');
    expect(await votes(paul.page, WAITING).getAttribute('data-dots')).toBe('0');
    for (const { page } of everyone) expect(await page.getByTestId('node-vote-result').count()).toBe(0);

    // Offline, nobody can place a dot that would only arrive after the round ended; back online, they can.
    await petra.context.setOffline(true);
    await petra.page.locator('[data-testid="voting-remaining"][data-online="false"]').waitFor();
    expect(
      await votes(petra.page, WAITING).getByRole('button', { name: 'Punkt vergeben' }).isDisabled(),
    ).toBe(true);
    await petra.context.setOffline(false);
    await petra.page.locator('[data-testid="voting-remaining"][data-online="true"]').waitFor();
    await votes(petra.page, WAITING)
      .getByRole('button', { name: 'Punkt vergeben' })
      .and(petra.page.locator(':enabled'))
      .waitFor();

    await frieda.page.getByRole('button', { name: 'Abstimmung beenden' }).click();

    const expected = [
      { label: FORMS, votes: 3, text: /1\.\s*Zu viele Formulare\s*3 Punkte · von 2 Personen/ },
      { label: CHECK, votes: 2, text: /2\.\s*Antrag prüfen\s*2 Punkte · von 2 Personen/ },
      { label: WAITING, votes: 1, text: /3\.\s*Lange Wartezeit\s*1 Punkt · von 1 Person/ },
    ];
    for (const { page } of everyone) {
      const list = page.getByTestId('voting-results');
      await list.waitFor();
      const rows = list.getByRole('listitem');
      await eventually(async () => (await rows.count()) === expected.length, 'all results');
      for (const [index, row] of expected.entries()) {
        expect(await rows.nth(index).textContent()).toMatch(row.text);
        const badge = nodeByLabel(page, row.label).getByTestId('node-vote-result');
        expect(await badge.getAttribute('data-votes')).toBe(String(row.votes));
      }
      expect(await nodeByLabel(page, MISSING).getByTestId('node-vote-result').count()).toBe(0);
      expect(await page.getByTestId('node-votes').count()).toBe(0);
      // The result opens below the moderation bar, never over it.
      const bar = (await page.locator('.facilitator-bar').count())
        ? await page.locator('.facilitator-bar').boundingBox()
        : null;
      const panel = await page.locator('.voting-results-panel').boundingBox();
      if (bar && panel) expect(panel.y).toBeGreaterThanOrEqual(bar.y + bar.height);
      await page.getByRole('button', { name: 'Ergebnis schließen' }).click();
    }

    // The facilitator takes the result off the map, so the dots do not linger on the cards afterwards.
    await frieda.page.getByRole('button', { name: 'Ergebnis ausblenden' }).click();
    for (const { page } of everyone) {
      await page.getByTestId('node-vote-result').first().waitFor({ state: 'detached' });
      expect(await page.getByRole('button', { name: 'Ergebnis', exact: true }).count()).toBe(0);
    }
  });
});

describe('follow mode', () => {
  it('moves the follower with the followed person until the follower moves the map', async () => {
    await paul.page.getByRole('button', { name: '3 Personen' }).click();
    await paul.page.getByRole('button', { name: 'Petra Nowak folgen' }).click();
    await paul.page.getByTestId('follow-indicator').getByText('Sie folgen Petra Nowak').waitFor();
    const own0 = await viewport(paul.page);

    await pan(petra.page, -220, -140);
    await petra.page.mouse.wheel(0, -200);
    // Petra's view is read on every check: her zoom may still be rendering when the wheel call returns.
    await eventually(
      async () => sameView(await viewport(paul.page), await viewport(petra.page)),
      'Paul to see Petra’s view',
    );
    expect(sameView(await viewport(paul.page), own0)).toBe(false);

    // Everyone can see who follows whom.
    await frieda.page.getByRole('button', { name: '3 Personen' }).click();
    await frieda.page
      .getByTestId('workshop-participants')
      .getByRole('row', { name: /Paul Becker.*Petra Nowak/ })
      .waitFor();

    // Paul moves the map himself: follow mode ends, and Petra's next move no longer takes him along.
    await pan(paul.page, 120, 60);
    await paul.page.getByTestId('follow-indicator').waitFor({ state: 'detached' });
    // His own move may still be drawing when the drag returns.
    const own = parseView(await steadyViewport(paul.page));
    const petraBefore = await viewport(petra.page);
    await pan(petra.page, 200, 200);
    await eventually(async () => !sameView(await viewport(petra.page), petraBefore), 'Petra’s view to move');
    // An absence can only be shown by giving it time: Petra publishes her view every 100 ms.
    await paul.page.waitForTimeout(400);
    expect(sameView(await viewport(paul.page), await viewport(petra.page))).toBe(false);
    expect(sameView(await viewport(paul.page), own)).toBe(true);
    await frieda.page.getByRole('button', { name: '3 Personen' }).click();
  });

  it('follows and unfollows from the avatar in the top bar, by mouse and by keyboard', async () => {
    const { page } = paul;
    const avatar = page.getByRole('list', { name: /Anwesend/ }).getByRole('button', { name: /Petra Nowak/ });
    const menu = page.getByTestId('peer-menu');
    const focused = (locator: Locator) => () => locator.and(page.locator(':focus')).count();
    await avatar.click();
    await menu.getByRole('button', { name: 'Folgen' }).click();
    await menu.waitFor({ state: 'detached' });
    await page.getByTestId('follow-indicator').getByText('Sie folgen Petra Nowak').waitFor();
    const target = await viewport(petra.page);
    await eventually(async () => sameView(await viewport(page), target), 'Paul to see Petra’s view');

    // Enter opens the popover on its one action; Escape closes it and gives focus back to the avatar.
    await avatar.focus();
    await page.keyboard.press('Enter');
    const unfollow = menu.getByRole('button', { name: 'Nicht mehr folgen' });
    await expect.poll(focused(unfollow)).toBe(1);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused(avatar)()).toBe(1);
    expect(await page.getByTestId('follow-indicator').count()).toBe(1);

    // Space opens it too, and its action ends follow mode.
    await page.keyboard.press(' ');
    await expect.poll(focused(unfollow)).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByTestId('follow-indicator').waitFor({ state: 'detached' });
  });
});

describe('notes into the model', () => {
  it('turns a note into an activity with the same text and position, for everyone', async () => {
    await frieda.page.getByRole('button', { name: 'Alle zu mir holen' }).click();
    const note = nodeByLabel(frieda.page, MISSING);
    const position = await flowPosition(note);
    await note.click();
    await frieda.page.getByRole('button', { name: 'In Aktivität umwandeln' }).click();
    for (const { page } of everyone) {
      const node = nodeByLabel(page, MISSING);
      await node.locator('[data-kind="activity"]').waitFor();
      expect(await flowPosition(node)).toEqual(position);
    }
  });

  it('merges two selected notes into one activity listing both texts', async () => {
    await nodeByLabel(frieda.page, FORMS).click();
    await nodeByLabel(frieda.page, WAITING).click({ modifiers: ['Control'] });
    await frieda.page.getByRole('button', { name: '2 Notizen zu einer Aktivität zusammenfassen' }).click();
    for (const { page } of everyone) {
      await nodeByLabel(page, FORMS).locator('[data-kind="activity"]').waitFor();
      await nodeByLabel(page, WAITING).waitFor({ state: 'detached' });
    }
    expect(await frieda.page.getByLabel('Beschreibung').inputValue()).toBe(`- ${FORMS}\n- ${WAITING}`);
  });
});

describe('freezing after the workshop', () => {
  it('offers everyone present as having agreed, ticked and editable', async () => {
    await frieda.page.getByRole('button', { name: 'Versionen' }).click();
    await frieda.page.getByRole('button', { name: 'Version einfrieren' }).click();
    const dialog = frieda.page.getByRole('dialog', { name: 'Version einfrieren' });
    for (const name of ['Frieda Moderation', 'Paul Becker', 'Petra Nowak']) {
      const box = dialog.getByRole('checkbox', { name: new RegExp(`${name}.*Testhausen`) });
      expect(await box.isChecked()).toBe(true);
    }
    await dialog.getByRole('checkbox', { name: /Petra Nowak/ }).uncheck();
    expect(await dialog.getByRole('checkbox', { name: /Petra Nowak/ }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  });
});
