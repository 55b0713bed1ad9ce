// A workshop link opened while signed in, in Chromium: the person chooses to join as themselves (account,
// municipality and session kept, the link's role on the process) or as a guest with a name they type in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addNode } from '@prozesswerk/process-model';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, signIn, startAppServer } from './support/app.ts';
import { addActivity, nodeByLabel } from './support/canvas.ts';
import { seedMap } from './support/seed.ts';

let server: TestServer;
let browser: Browser;
let processId: string;
let kehlId: string;
let karla: Page;
const contexts: BrowserContext[] = [];

async function createLink(): Promise<string> {
  const response = await fetch(`${server.url}/api/processes/${processId}/invites`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ role: 'editor' }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** A member of Stadt Kehl, signed in, with the workshop link of the other municipality's process open. */
async function openLinkSignedIn(name: string): Promise<Page> {
  const session = await signIn(server, name, { orgId: kehlId, role: 'viewer' });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  context.setDefaultTimeout(15_000);
  await context.addCookies([{ name: 'pw_session', value: session, url: server.url }]);
  const page = await context.newPage();
  await page.goto(`${server.url}/join/${await createLink()}`);
  await page
    .getByRole('group', { name: `Sie sind als ${name} angemeldet. Wie möchten Sie teilnehmen?` })
    .waitFor();
  return page;
}

type SessionBody = { name?: string; user?: unknown; guest?: unknown; orgs?: { name: string }[] };
const sessionOf = (page: Page) =>
  page.evaluate<SessionBody>("fetch('/api/auth/session').then((response) => response.json())");

async function waitOnline(page: Page): Promise<void> {
  await page.waitForURL(`**/p/${processId}`, { timeout: 20_000 });
  await page
    .getByTestId('connection')
    .and(page.locator('[data-state="online"]'))
    .waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Gewerbeanmeldung Testhausen');
  await seedMap(server, processId, (doc) => {
    addNode(doc, { kind: 'activity', label: 'Antrag prüfen', x: 200, y: 120 });
  });
  kehlId = (await createOrg(server.store, 'Stadt Kehl')).id;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('a workshop link opened while signed in', () => {
  it('joins as oneself by default: account, municipality and session kept, the link’s role on the process', async () => {
    const page = await openLinkSignedIn('Karla Kehl');
    karla = page;
    const self = page.getByRole('radio', { name: 'Als Karla Kehl (Stadt Kehl) mit meinem Konto' });
    expect(await self.isChecked()).toBe(true);
    // No name to type when joining as oneself.
    expect(await page.getByLabel('Ihr Name').count()).toBe(0);
    await page.getByRole('button', { name: 'Teilnehmen' }).click();
    await waitOnline(page);

    await nodeByLabel(page, 'Antrag prüfen').waitFor();
    await addActivity(page, { x: 600, y: 400 }, 'Kehler Hinweis');
    const session = await sessionOf(page);
    expect(session.user).toBeDefined();
    expect(session.guest).toBeUndefined();
    expect(session.orgs?.map((org) => org.name)).toEqual(['Stadt Kehl']);
  });

  it('joins as a guest when chosen, with a typed name and municipality', async () => {
    const page = await openLinkSignedIn('Konrad Kehl');
    await page.getByRole('radio', { name: 'Als Gast mit einem Namen, den ich hier eingebe' }).check();
    await page.getByLabel('Ihr Name').fill('Gabi Gast');
    await page.getByLabel('Ihre Kommune (freiwillig)').fill('Gemeinde Hohberg');
    await page.getByRole('button', { name: 'Teilnehmen' }).click();
    await waitOnline(page);

    await nodeByLabel(page, 'Kehler Hinweis').waitFor();
    const session = await sessionOf(page);
    expect(session.guest).toBeDefined();
    expect(session.user).toBeUndefined();
    expect(session.name).toBe('Gabi Gast');

    // The municipality a guest typed in is marked as self-declared for the others; an account's is not.
    await karla.getByRole('button', { name: 'Gabi Gast · Gemeinde Hohberg (selbst angegeben)' }).waitFor();
    await page.getByRole('button', { name: 'Karla Kehl · Stadt Kehl', exact: true }).waitFor();
    await page
      .getByRole('button', { name: 'Gabi Gast (Sie) · Gemeinde Hohberg (selbst angegeben)' })
      .waitFor();
  });
});
