// What you see is what is stored: an edit the server refused under the workshop lock leaves the screen, is named to the person, and never comes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addNode, readProcessMap, setNodeAttrs, type ProcessMap } from '@prozesswerk/process-model';
import { connectStockClient, whenSynced } from '../support/clients.ts';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer, type User } from './support/app.ts';
import { dragBy, eventually, flowPosition, nodeByLabel, viewportTransform } from './support/canvas.ts';
import { seedMap } from './support/seed.ts';

let server: TestServer;
let browser: Browser;
let processId: string;
let frieda: User;
let emma: User;
let gustav: User;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Gewerbeanmeldung');
  await seedMap(server, processId, (doc) => {
    addNode(doc, { kind: 'activity', label: 'Antrag prüfen', x: 80, y: 120 });
    const fee = addNode(doc, { kind: 'activity', label: 'Gebühr kassieren', x: 420, y: 120 });
    setNodeAttrs(doc, fee, { durationMin: 5 });
  });
  [frieda, emma] = await Promise.all([
    openAs(browser, server, processId, 'Frieda Moderation', { role: 'facilitator' }),
    openAs(browser, server, processId, 'Emma Offenburg', { role: 'editor' }),
  ]);
  gustav = await joinAsGuest('Gustav Gast');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

/** A workshop guest with the editor role, joined by invite link. */
async function joinAsGuest(name: string): Promise<User> {
  const response = await fetch(`${server.url}/api/processes/${processId}/invites`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ role: 'editor' }),
  });
  const { token } = (await response.json()) as { token: string };
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.url}/join/${token}`);
  await page.getByLabel('Ihr Name').fill(name);
  await page.getByRole('button', { name: 'Teilnehmen' }).click();
  await page.waitForURL(`**/p/${processId}`, { timeout: 20_000 });
  await page
    .getByTestId('connection')
    .and(page.locator('[data-state="online"]'))
    .waitFor({ timeout: 20_000 });
  return { context, page };
}

/** The map as storage holds it, read by a fresh stock y-websocket client. */
async function storedMap(): Promise<ProcessMap> {
  const reader = connectStockClient(server.url, processId, 'map', { token: server.adminToken });
  try {
    await whenSynced(reader, 10_000);
    return readProcessMap(reader.doc);
  } finally {
    reader.destroy();
  }
}

const storedWait = async (label: string) =>
  (await storedMap()).nodes.find((node) => node.label === label)?.attrs.waitMin;

/** Selects the step on the canvas and reads its waiting time from the inspector. */
async function waitingTimeShown(page: Page, label: string): Promise<string> {
  await nodeByLabel(page, label).click();
  return page.getByRole('textbox', { name: 'Wartezeit' }).inputValue();
}

const saveStatus = (page: Page) => page.getByTestId('save-status');

async function setLock(locked: boolean): Promise<void> {
  await frieda.page.getByRole('button', { name: locked ? 'Karte sperren' : 'Karte entsperren' }).click();
  for (const { page } of [emma, gustav]) {
    if (locked) await page.locator('.workspace.is-read-only').waitFor();
    else await page.locator('.workspace:not(.is-read-only)').waitFor();
  }
}

/** A short Wi-Fi drop: the browser goes offline and comes back, reconnecting every socket. */
async function reconnect(user: User): Promise<void> {
  await user.context.setOffline(true);
  await user.page.getByTestId('connection').and(user.page.locator('[data-state="offline"]')).waitFor();
  await user.context.setOffline(false);
  await user.page.getByTestId('connection').and(user.page.locator('[data-state="online"]')).waitFor();
}

describe('an edit the server refuses under the workshop lock', () => {
  it('Repro A: a waiting time undone against the lock stays 30 for everyone, and the editor is told', async () => {
    await nodeByLabel(emma.page, 'Gebühr kassieren').click();
    const field = emma.page.getByRole('textbox', { name: 'Wartezeit' });
    await field.fill('30');
    await field.press('Enter');
    await eventually(async () => (await storedWait('Gebühr kassieren')) === 30, 'Wartezeit 30 stored');
    await saveStatus(emma.page).getByText('Alle Änderungen gespeichert').waitFor();

    // While the map is locked, Ctrl+Z on the canvas does what the disabled toolbar button does: nothing.
    await setLock(true);
    await emma.page.locator('.react-flow__pane').click({ position: { x: 700, y: 600 } });
    await emma.page.keyboard.press('Control+z');
    await emma.page.keyboard.press('Delete');
    expect(await waitingTimeShown(emma.page, 'Gebühr kassieren')).toBe('30');
    // Nor do arrows, paste, redo or a drag of the selected step.
    const fee = nodeByLabel(emma.page, 'Gebühr kassieren');
    const before = await flowPosition(fee);
    await emma.page.keyboard.press('Control+c');
    for (const key of ['ArrowRight', 'Shift+ArrowDown', 'Control+v', 'Control+y', 'Delete'])
      await emma.page.keyboard.press(key);
    await dragBy(emma.page, fee, 160, 80);
    expect(await flowPosition(fee)).toEqual(before);
    expect(await emma.page.locator('.react-flow__node-process').count()).toBe(2);
    expect((await storedMap()).nodes).toHaveLength(2);
    await saveStatus(emma.page).getByText('Alle Änderungen gespeichert').waitFor();
    await setLock(false);

    // Her Wi-Fi drops before the lock reaches her: her browser still thinks the map is open and undoes.
    await emma.context.setOffline(true);
    await emma.page.getByTestId('connection').and(emma.page.locator('[data-state="offline"]')).waitFor();
    await frieda.page.getByRole('button', { name: 'Karte sperren' }).click();
    await gustav.page.locator('.workspace.is-read-only').waitFor();
    await emma.page.locator('.react-flow__pane').click({ position: { x: 700, y: 600 } });
    await emma.page.keyboard.press('Control+z');
    expect(await waitingTimeShown(emma.page, 'Gebühr kassieren')).toBe('');
    await saveStatus(emma.page).getByText('1 Änderung noch nicht gespeichert (Karte: 1)').waitFor();

    // Back online, the server refuses the undo; it leaves her screen at once, and she reads why.
    await emma.context.setOffline(false);
    await emma.page
      .getByTestId('refusal-notice')
      .getByText('Die Karte ist gesperrt – Ihre Änderung an „Gebühr kassieren“ wurde nicht übernommen.')
      .waitFor();
    await eventually(
      async () => (await waitingTimeShown(emma.page, 'Gebühr kassieren')) === '30',
      'the refused undo to leave her map',
    );
    await saveStatus(emma.page).getByText('Alle Änderungen gespeichert').waitFor();
    expect(await emma.page.getByTestId('refusal-notice').count()).toBe(1);
    await emma.page.getByTestId('refused-status').getByText('1 Änderung abgelehnt').waitFor();

    // The facilitator unlocks, Emma's Wi-Fi drops once more: the attribute stays, for everyone.
    await setLock(false);
    await reconnect(emma);
    await saveStatus(emma.page).getByText('Alle Änderungen gespeichert').waitFor();
    expect(await storedWait('Gebühr kassieren')).toBe(30);
    for (const { page } of [frieda, emma, gustav]) {
      expect(await waitingTimeShown(page, 'Gebühr kassieren')).toBe('30');
    }
    // Her reloaded editor (IndexedDB copy and all) and a newcomer's fresh one show it too.
    await emma.page.reload();
    await emma.page.getByTestId('connection').and(emma.page.locator('[data-state="online"]')).waitFor();
    expect(await waitingTimeShown(emma.page, 'Gebühr kassieren')).toBe('30');
    const newcomer = await openAs(browser, server, processId, 'Nina Neu', { role: 'editor' });
    expect(await waitingTimeShown(newcomer.page, 'Gebühr kassieren')).toBe('30');
    await newcomer.context.close();
    expect(await storedWait('Gebühr kassieren')).toBe(30);
  });

  it('Repro B: a guest’s rename made offline under the lock is refused, leaves the map, and never appears after the unlock', async () => {
    await gustav.context.setOffline(true);
    await gustav.page.getByTestId('connection').and(gustav.page.locator('[data-state="offline"]')).waitFor();
    await setLockFor([frieda, emma], true);

    await nodeByLabel(gustav.page, 'Antrag prüfen').dblclick();
    const editor = gustav.page.getByRole('textbox', { name: 'Beschriftung bearbeiten' });
    await editor.fill('Antrag gründlich prüfen');
    await editor.press('Enter');
    await nodeByLabel(gustav.page, 'Antrag gründlich prüfen').waitFor();
    await saveStatus(gustav.page).getByText('noch nicht gespeichert').waitFor();
    // He is typing elsewhere when he comes back: the role field holds his draft, not yet left.
    const role = gustav.page.getByRole('textbox', { name: 'Rolle' });
    await role.fill('Sachbearbeitung Gewerbe');
    const view = await viewportTransform(gustav.page);

    await gustav.context.setOffline(false);
    await gustav.page
      .getByTestId('refusal-notice')
      .getByText('Die Karte ist gesperrt – Ihre Änderung an „Antrag prüfen“ wurde nicht übernommen.')
      .waitFor();
    await nodeByLabel(gustav.page, 'Antrag gründlich prüfen').waitFor({ state: 'detached' });
    await nodeByLabel(gustav.page, 'Antrag prüfen').waitFor();
    await saveStatus(gustav.page).getByText('Alle Änderungen gespeichert').waitFor();
    // His view, his selection and his half-typed text are still there.
    expect(await viewportTransform(gustav.page)).toBe(view);
    expect(await nodeByLabel(gustav.page, 'Antrag prüfen').getAttribute('class')).toContain('selected');
    expect(await role.inputValue()).toBe('Sachbearbeitung Gewerbe');
    await role.press('Escape');
    // The notice can be closed.
    await gustav.page.getByRole('button', { name: 'Hinweis schließen' }).click();
    await gustav.page.getByTestId('refusal-notice').waitFor({ state: 'detached' });

    await setLock(false);
    await reconnect(gustav);
    await saveStatus(gustav.page).getByText('Alle Änderungen gespeichert').waitFor();
    // Well after the reconnect: nobody's map, and no fresh one, has the rename.
    await gustav.page.waitForTimeout(500);
    for (const { page } of [frieda, emma, gustav]) {
      await nodeByLabel(page, 'Antrag prüfen').waitFor();
      expect(await nodeByLabel(page, 'Antrag gründlich prüfen').count()).toBe(0);
    }
    const labels = (await storedMap()).nodes.map((node) => node.label);
    expect(labels).toContain('Antrag prüfen');
    expect(labels).not.toContain('Antrag gründlich prüfen');
    const newcomer = await openAs(browser, server, processId, 'Otto Neu', { role: 'viewer' });
    await nodeByLabel(newcomer.page, 'Antrag prüfen').waitFor();
    expect(await nodeByLabel(newcomer.page, 'Antrag gründlich prüfen').count()).toBe(0);
    await newcomer.context.close();
  });
});

/** Locks while one participant is offline: only those online can be asked whether they see it. */
async function setLockFor(online: User[], locked: boolean): Promise<void> {
  await frieda.page.getByRole('button', { name: locked ? 'Karte sperren' : 'Karte entsperren' }).click();
  for (const { page } of online.filter((user) => user !== frieda)) {
    await page.locator(locked ? '.workspace.is-read-only' : '.workspace:not(.is-read-only)').waitFor();
  }
}
