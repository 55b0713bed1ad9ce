// axe-core finds no violation of WCAG 2.1 A or AA, of any impact, on any page of Prozesswerk: first-run setup,
// sign-in, guest join, library, the editor with each drawer open, a version, a comparison, the comparison of
// municipalities and the family tree, the process sheet.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setNodeAttrs, type NodeId } from '@prozesswerk/process-model';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { parseConfig } from '../../server/src/config.ts';
import { startServer, type RunningServer } from '../../server/src/server.ts';
import { removeDataDir, seedMember, type TestServer } from '../support/server.ts';
import { axeViolations } from './support/axe.ts';
import {
  adminApi,
  createProcessIn,
  ensureClientBuilt,
  launchChromium,
  openAs,
  signIn,
  startAppServer,
} from './support/app.ts';
import { writeGewerbeanmeldung } from './support/gewerbeanmeldung.ts';
import { seedMap } from './support/seed.ts';

let server: TestServer;
let fresh: RunningServer;
const freshDir = mkdtempSync(join(tmpdir(), 'pw-a11y-setup-'));
let browser: Browser;
let origin: string;
let variant: string;
let session: string;
let adminSession: string;

const api = (method: string, path: string, body?: unknown) => adminApi(server, method, path, body);

async function freezeAndPublish(processId: string, name: string): Promise<void> {
  const { version } = (await api('POST', `/api/processes/${processId}/versions`, { name })) as {
    version: number;
  };
  await api('POST', `/api/processes/${processId}/versions/${version}/publish`, {});
}

/** A page of a fresh browser context, signed in as a member of the test's municipality unless `anonymous`. */
async function visit(
  path: string,
  options: { anonymous?: boolean; base?: string; as?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(15_000);
  if (!options.anonymous)
    await context.addCookies([{ name: 'pw_session', value: options.as ?? session, url: server.url }]);
  const page = await context.newPage();
  await page.goto(`${options.base ?? server.url}${path}`);
  return page;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  fresh = await startServer(
    parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: freshDir, CLIENT_DIST: ensureClientBuilt() }),
    () => undefined,
  );
  // Kehl publishes the Gewerbeanmeldung; the test's municipality adopts it and later sees Kehl's next version.
  const kehl = (await createOrg(server.store, 'Stadt Kehl')).id;
  origin = await createProcessIn(server, kehl, 'Gewerbeanmeldung');
  let ids: Record<string, string> = {};
  await seedMap(server, origin, (doc) => (ids = writeGewerbeanmeldung(doc)));
  await freezeAndPublish(origin, 'Abgestimmt im Workshop');
  variant = (
    (await api('POST', `/api/processes/${origin}/versions/1/adopt`, {
      orgId: server.orgId,
      title: 'Gewerbeanmeldung Testhausen',
    })) as { id: string }
  ).id;
  await seedMap(server, origin, (doc) => setNodeAttrs(doc, ids.check as NodeId, { durationMin: 45 }));
  await freezeAndPublish(origin, 'Schnellere Prüfung');
  // The test's municipality freezes its variant twice, with a change in between.
  await api('POST', `/api/processes/${variant}/versions`, { name: 'Übernommen' });
  await seedMap(server, variant, (doc) => setNodeAttrs(doc, ids.check as NodeId, { durationMin: 7.5 }));
  await api('POST', `/api/processes/${variant}/versions`, { name: 'Mit kürzerer Prüfung' });
  session = await signIn(server, 'Frieda Moderation', { role: 'facilitator' });
  adminSession = await signIn(server, 'Anna Admin', { role: 'admin' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fresh?.close();
  if (server) removeDataDir(server.dataDir);
  removeDataDir(freshDir);
});

describe('axe-core finds nothing against WCAG 2.1 AA', () => {
  it('on the first-run setup page', async () => {
    const page = await visit(new URL(fresh.setupUrl!).pathname + new URL(fresh.setupUrl!).search, {
      anonymous: true,
      base: fresh.url,
    });
    await page.getByLabel('Name der Kommune').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on the sign-in page, also with a refused password', async () => {
    const page = await visit('/login', { anonymous: true });
    await page.getByLabel('E-Mail-Adresse').fill('niemand@test.de');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Passwort').fill('falsch-falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on the guest join page', async () => {
    const { token } = (await api('POST', `/api/processes/${variant}/invites`, { role: 'commenter' })) as {
      token: string;
    };
    const page = await visit(`/join/${token}`, { anonymous: true });
    await page.getByLabel('Ihr Name').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on the library', async () => {
    const page = await visit('/');
    await page.getByText('Gewerbeanmeldung Testhausen').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('in the editor, with the discussion, versions, metrics and origin drawers open in turn', async () => {
    const { page } = await openAs(browser, server, variant, 'Frieda Editorin', { role: 'facilitator' });
    await page.locator('.react-flow__node-process').nth(5).waitFor();
    await page.getByTestId('upstream-banner').waitFor();
    // A workshop in full swing: the timer runs and a vote is open.
    await page.getByRole('button', { name: 'Timer starten' }).click();
    await page.getByRole('button', { name: 'Abstimmung starten' }).click();
    await page.getByRole('button', { name: 'Starten', exact: true }).click();
    await page.getByTestId('voting-remaining').waitFor();
    await page.getByTestId('workshop-timer').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    for (const [name, drawer] of [
      ['Kommentare', 'editor-discussion'],
      ['Versionen', 'editor-versions'],
      ['Kennzahlen', 'editor-metrics'],
      ['Ursprung', 'editor-upstream'],
    ] as const) {
      await page.locator('.panel-rail').getByRole('button', { name }).click();
      await page.locator(`#${drawer}`).waitFor();
      // Drawers fill in from the server; wait until nothing is busy any more.
      await expect.poll(() => page.locator(`#${drawer} [aria-busy="true"]`).count()).toBe(0);
      expect({ drawer, violations: await axeViolations(page) }).toEqual({ drawer, violations: [] });
    }
  });

  it('on a frozen version', async () => {
    const page = await visit(`/p/${variant}/v/2`);
    await page.locator('.react-flow__node').nth(5).waitFor();
    // Numbers in German format on the map too.
    await page.getByText('7,5 Min.').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on the comparison of two versions', async () => {
    const page = await visit(`/p/${variant}/compare?from=1&to=2`);
    await page.getByText('Angaben prüfen und erfassen').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on the comparison of two processes', async () => {
    const page = await visit(`/compare?a=${origin}&b=${variant}`);
    await page.getByTestId('compare-table').waitFor();
    await expect.poll(() => page.getByTestId('compare-side').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on the comparison of how municipalities work, and on the family tree that leads there', async () => {
    const page = await visit(`/compare-municipalities?family=${origin}`);
    await page.getByTestId('municipality-table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const version = await visit(`/p/${variant}/v/1`);
    await version.getByTestId('family-tree').waitFor();
    expect(await axeViolations(version)).toEqual([]);
  });

  it('on the process sheet', async () => {
    const page = await visit(`/p/${variant}/sheet`);
    await page.locator('img.sheet-map').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on the member administration, and on the invitation and password links it hands out', async () => {
    const page = await visit('/admin/members', { as: adminSession });
    await page.getByTestId('member-row').first().waitFor();
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const invitation = (await api('POST', `/api/orgs/${server.orgId}/invitations`, {
      email: 'neu.a11y@test.de',
      role: 'editor',
    })) as { token: string };
    const invited = await visit(`/invitation/${invitation.token}`, { anonymous: true });
    await invited.getByRole('button').first().waitFor();
    expect(await axeViolations(invited)).toEqual([]);

    const member = await seedMember(server, 'editor');
    const reset = (await api(
      'POST',
      `/api/orgs/${server.orgId}/members/${member.userId}/password-reset`,
    )) as { token: string };
    const resetting = await visit(`/reset-password/${reset.token}`, { anonymous: true });
    await resetting.getByRole('button').first().waitFor();
    expect(await axeViolations(resetting)).toEqual([]);
  });
});
