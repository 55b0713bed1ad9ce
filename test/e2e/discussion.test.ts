// Comments on the map: a commenter invited by link and an editor discuss an activity live, with mentions and offline writing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import {
  addNode,
  createThread,
  readDiscussion,
  readProcessMap,
  type Discussion,
} from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { waitFor } from '../support/clients.ts';
import { connectAs } from '../support/raw-client.ts';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer, type User } from './support/app.ts';
import { addActivity, dragBy, eventually, flowPosition, nodeByLabel } from './support/canvas.ts';
import { seedMap } from './support/seed.ts';

let server: TestServer;
let browser: Browser;
let processId: string;
let activityId: string;
let erika: User;
let konrad: User;
let konradId: string;
let lastInviteId = '';

const COMMENTER = 'Konrad Kommentar';

/** Joins the process the way a workshop guest does: through an invite link with the commenter role. */
async function joinByInvite(name: string): Promise<User> {
  const response = await fetch(`${server.url}/api/processes/${processId}/invites`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ role: 'commenter' }),
  });
  const { token, id } = (await response.json()) as { token: string; id: string };
  lastInviteId = id;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto(`${server.url}/join/${token}`);
  await page.getByLabel('Ihr Name').fill(name);
  await page.getByRole('button', { name: 'Teilnehmen' }).click();
  // Generous: on a busy machine the first load of the editor bundle takes a while.
  await page.waitForURL(`**/p/${processId}`, { timeout: 20_000 });
  await page
    .getByTestId('connection')
    .and(page.locator('[data-state="online"]'))
    .waitFor({ timeout: 20_000 });
  return { context, page };
}

async function sessionCookie(user: User): Promise<string> {
  const cookie = (await user.context.cookies()).find((entry) => entry.name === 'pw_session');
  if (!cookie) throw new Error('no session cookie');
  return `pw_session=${cookie.value}`;
}

/** Reads a room of the process as the admin, through a stock y-websocket client. */
async function readRoom<T>(channel: 'map' | 'discussion', read: (doc: Y.Doc) => T): Promise<T> {
  const client = connectAs(server.url, roomName(processId, channel), { bearer: server.adminToken });
  try {
    await waitFor(() => client.provider.synced, 5000, `the ${channel} to sync`);
    return read(client.doc);
  } finally {
    client.destroy();
  }
}

const panel = (page: Page) => page.locator('#editor-discussion');

async function openPanel(page: Page) {
  if ((await panel(page).count()) === 0) await page.getByTestId('discussion-toggle').click();
  await panel(page).waitFor();
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Gewerbeanmeldung');
  await seedMap(server, processId, (doc) => {
    activityId = addNode(doc, { kind: 'activity', label: 'Antrag prüfen', x: 200, y: 160 });
  });
  erika = await openAs(browser, server, processId, 'Erika Editor', { role: 'editor' });
  konrad = await joinByInvite(COMMENTER);
  konradId = await konrad.page.evaluate(async () => {
    const session = (await (await fetch('/api/auth/session')).json()) as { guest: { id: string } };
    return session.guest.id;
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('comment threads between a commenter and an editor', () => {
  it('shows a thread the commenter opens on an activity live to the editor, who replies with an @mention', async () => {
    // Erika keeps editing the map while Konrad comments.
    const editing = addActivity(erika.page, { x: 700, y: 420 }, 'Bescheid erstellen');
    await nodeByLabel(konrad.page, 'Antrag prüfen').click();
    await konrad.page.getByRole('button', { name: 'Kommentieren' }).click();
    await panel(konrad.page)
      .getByRole('combobox', { name: 'Kommentar' })
      .fill('Hier fehlt die Rechtsgrundlage.');
    await konrad.page.getByRole('button', { name: 'Kommentar speichern' }).click();
    await editing;

    const pin = erika.page.locator(`[data-testid="discussion-pin"][data-anchor="node:${activityId}"]`);
    await pin.waitFor();
    expect(await pin.textContent()).toContain('1');
    await erika.page.getByTestId('discussion-pin-unread').waitFor();
    await pin.click();
    await panel(erika.page).getByText('Hier fehlt die Rechtsgrundlage.').waitFor();

    const reply = panel(erika.page).getByRole('combobox', { name: 'Antwort' });
    await reply.pressSequentially('Danke @kon');
    const option = erika.page.getByRole('option', { name: COMMENTER });
    await option.waitFor();
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await reply.press('Enter');
    await reply.pressSequentially('ich prüfe das.');
    expect(await reply.inputValue()).toBe(`Danke @${COMMENTER} ich prüfe das.`);
    await erika.page.getByRole('button', { name: 'Antworten', exact: true }).click();

    await panel(konrad.page).getByText(`Danke @${COMMENTER} ich prüfe das.`).waitFor();
    expect(await panel(konrad.page).locator('mark.discussion-mention').textContent()).toBe(`@${COMMENTER}`);

    const answer = panel(konrad.page).getByTestId('discussion-comment').filter({ hasText: 'ich prüfe das' });
    await answer.getByRole('button', { name: 'Reagieren' }).click();
    await answer.getByRole('button', { name: 'Einverstanden (0 Personen)' }).click();
    // Drawn as an icon, not an emoji glyph: it shows on PCs without an emoji font.
    const given = panel(erika.page).getByRole('button', { name: 'Einverstanden (1 Person)' });
    await given.locator('svg[data-reaction="agree"]').waitFor();

    // The stored reply names Konrad by the id the server knows, so "mentioning me" finds it after a reload.
    const discussion = await readRoom('discussion', readDiscussion);
    expect(discussion.threads[0]?.comments[1]?.mentions).toEqual([konradId]);
    await konrad.page.reload();
    await konrad.page.getByTestId('connection').and(konrad.page.locator('[data-state="online"]')).waitFor();
    await openPanel(konrad.page);
    // Each filter says how many threads it holds: the one thread is open, Konrad's, and mentions him.
    await panel(konrad.page).getByRole('button', { name: 'Erwähnt mich, 1 Thema' }).click();
    expect(await panel(konrad.page).getByRole('button', { name: 'Erledigt, 0 Themen' }).count()).toBe(1);
    await panel(konrad.page).getByTestId('discussion-thread').filter({ hasText: 'Antrag prüfen' }).waitFor();
  });

  it('works by keyboard: the pin names its activity, drawers take focus and Escape gives it back', async () => {
    const { page } = erika;
    const toggle = page.getByTestId('discussion-toggle');
    if ((await panel(page).count()) > 0) await toggle.click();
    const focusInPanel = async () => (await panel(page).locator(':focus').count()) === 1;
    const focused = async (testId: string) =>
      (await page.locator(':focus').getAttribute('data-testid')) === testId;

    const pin = page.getByRole('button', { name: /1 offenes Thema an Tätigkeit „Antrag prüfen“/ });
    await pin.focus();
    await page.keyboard.press('Enter');
    await panel(page).getByText('Hier fehlt die Rechtsgrundlage.').waitFor();
    expect(await focusInPanel()).toBe(true);
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(await focused('discussion-pin')).toBe(true);

    await toggle.focus();
    await page.keyboard.press('Enter');
    await panel(page).waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await focusInPanel()).toBe(true);
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(await focused('discussion-toggle')).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // Back as the next tests expect it: Erika's drawer open on the thread.
    await pin.click();
    await panel(page).getByText('Hier fehlt die Rechtsgrundlage.').waitFor();
  });

  it('keeps the map out of the commenter’s reach, in the UI and on the server', async () => {
    const node = nodeByLabel(konrad.page, 'Antrag prüfen');
    const before = await flowPosition(node);
    await dragBy(konrad.page, node, 180, 120);
    expect(await flowPosition(node)).toEqual(before);
    expect(await konrad.page.locator('.palette').count()).toBe(0);
    await node.click();
    const inspector = konrad.page.locator('.inspector');
    await inspector.getByRole('textbox').first().waitFor();
    expect(await inspector.locator('input:enabled, textarea:enabled, select:enabled').count()).toBe(0);

    // A stock y-websocket client with Konrad's cookie: map writes are refused, discussion writes accepted.
    const cookie = await sessionCookie(konrad);
    const map = connectAs(server.url, roomName(processId, 'map'), { cookie });
    const talk = connectAs(server.url, roomName(processId, 'discussion'), { cookie });
    try {
      await waitFor(() => map.provider.synced && talk.provider.synced, 5000, 'the raw clients to sync');
      addNode(map.doc, { kind: 'activity', label: 'Heimlich eingefügt', x: 500, y: 300 });
      await waitFor(() => map.denials.length > 0, 5000, 'the server to refuse the map change');
      expect(map.denials[0]).toBe('permission-denied:read-only-role');
      createThread(talk.doc, {
        anchor: { type: 'point', x: 40, y: 40 },
        author: { id: konradId, name: COMMENTER },
        text: 'Über die Leitung geschrieben',
      });
      await erika.page.locator('[data-testid="discussion-pin"][data-anchor="point:40:40"]').waitFor();
      expect(talk.denials).toEqual([]);
    } finally {
      map.destroy();
      talk.destroy();
    }
    const stored = await readRoom('map', readProcessMap);
    expect(stored.nodes.map((n) => n.label).sort()).toEqual(['Antrag prüfen', 'Bescheid erstellen']);
    expect(stored.nodes.find((n) => n.id === activityId)).toMatchObject({ x: 200, y: 160 });
  });

  it('delivers a comment written offline once the commenter is back online', async () => {
    await openPanel(konrad.page);
    await panel(konrad.page)
      .getByRole('button', { name: /^Alle, / })
      .click();
    await panel(konrad.page).getByTestId('discussion-thread').filter({ hasText: 'Antrag prüfen' }).click();
    await konrad.context.setOffline(true);
    await konrad.page.locator('[data-testid="connection"][data-state="offline"]').waitFor();
    const reply = panel(konrad.page).getByRole('combobox', { name: 'Antwort' });
    await reply.fill('Offline geschrieben, im Zug.');
    await konrad.page.getByRole('button', { name: 'Antworten', exact: true }).click();
    await panel(konrad.page).getByText('Offline geschrieben, im Zug.').waitFor();
    // The one status speaks for the discussion too: an offline comment is not "saved".
    await konrad.page
      .getByTestId('save-status')
      .getByText('1 Änderung noch nicht gespeichert (Diskussion: 1)')
      .waitFor();
    // Erika answers meanwhile; once her answer is stored, Konrad's earlier one has still not arrived.
    const erikaReply = panel(erika.page).getByRole('combobox', { name: 'Antwort' });
    await erikaReply.fill('Ist jemand noch da?');
    await erika.page.getByRole('button', { name: 'Antworten', exact: true }).click();
    const texts = (doc: Y.Doc) => readDiscussion(doc).threads.flatMap((t) => t.comments.map((c) => c.text));
    await eventually(
      async () => (await readRoom('discussion', texts)).includes('Ist jemand noch da?'),
      'Erika’s answer to be stored',
    );
    expect(await readRoom('discussion', texts)).not.toContain('Offline geschrieben, im Zug.');
    expect(await panel(erika.page).getByText('Offline geschrieben, im Zug.').count()).toBe(0);

    await konrad.context.setOffline(false);
    await panel(erika.page).getByText('Offline geschrieben, im Zug.').waitFor({ timeout: 15_000 });
    await konrad.page.getByTestId('save-status').getByText('Alle Änderungen gespeichert').waitFor();
  });

  it('resolves a thread with a decision and keeps it readable after its activity is deleted', async () => {
    await panel(erika.page).getByRole('button', { name: 'Als erledigt markieren' }).click();
    await panel(erika.page)
      .getByLabel('Entscheidung (freiwillig)')
      .fill('Rechtsgrundlage ergänzt: § 14 GewO.');
    await panel(erika.page).getByRole('button', { name: 'Erledigt', exact: true }).click();
    await panel(konrad.page).getByText('Erledigt von Erika Editor').waitFor();
    await panel(konrad.page).getByText('Rechtsgrundlage ergänzt: § 14 GewO.').waitFor();

    await nodeByLabel(erika.page, 'Antrag prüfen').click();
    await erika.page.keyboard.press('Delete');
    await nodeByLabel(konrad.page, 'Antrag prüfen').waitFor({ state: 'detached' });
    await panel(konrad.page).getByText('Element wurde gelöscht').waitFor();
    // The thread still says which element it was about.
    await panel(konrad.page).getByRole('heading', { name: 'Gelöschte Tätigkeit „Antrag prüfen“' }).waitFor();
    await panel(konrad.page).getByText('Hier fehlt die Rechtsgrundlage.').waitFor();
    const discussion: Discussion = await readRoom('discussion', readDiscussion);
    expect(discussion.threads.map((thread) => thread.status).sort()).toEqual(['open', 'resolved']);
  });

  it('tells the commenter plainly when their link is revoked, instead of letting comments vanish', async () => {
    const revoked = await fetch(`${server.url}/api/invites/${lastInviteId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    expect(revoked.status).toBe(204);
    await panel(konrad.page)
      .getByRole('alert')
      .filter({ hasText: 'nimmt Ihre Kommentare nicht mehr an' })
      .waitFor();
    await expect
      .poll(() =>
        panel(konrad.page)
          .getByPlaceholder(/Antworten/)
          .count(),
      )
      .toBe(0);
  });
});
