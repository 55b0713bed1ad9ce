// Member administration in Chromium, in German and without the CLI: an admin signs in, invites a person, the person
// accepts with the one-time link, the admin changes their role and removes them; the server holds each step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, createOrg } from '../../server/src/auth/accounts.ts';
import { removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, startAppServer } from './support/app.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: TestServer;
let browser: Browser;
let admin: Page;
const contexts: BrowserContext[] = [];
const invitedEmail = `neu.${Math.random().toString(36).slice(2, 8)}@test.de`;
let invitationUrl = '';

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  return context.newPage();
}

/** axe's findings on the whole page. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context?: unknown): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
    );
  });
}

async function membership(email: string): Promise<string | undefined> {
  const members = await server.store.listMembers(server.orgId);
  return members.find((member) => member.email === email)?.role;
}

function row(page: Page, email: string) {
  return page.locator(`[data-testid="member-row"][data-email="${email}"]`);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  const email = 'anna.admin@test.de';
  await addMember(server.store, {
    email,
    name: 'Anna Admin',
    orgId: server.orgId,
    role: 'admin',
    password: 'passwort-123',
  });
  admin = await newPage();
  await admin.goto(`${server.url}/login?next=/`);
  await admin.getByLabel('E-Mail-Adresse').fill(email);
  await admin.getByLabel('Passwort').fill('passwort-123');
  await admin.getByRole('button', { name: 'Anmelden' }).click();
  await admin.getByRole('heading', { name: 'Prozessbibliothek' }).waitFor();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('member administration in the browser', () => {
  it('reaches the members page from the library header and lists the members', async () => {
    await admin.getByRole('link', { name: 'Mitglieder verwalten' }).click();
    await admin.waitForURL((url) => url.pathname === '/admin/members');
    await admin.getByRole('heading', { name: 'Mitglieder verwalten', level: 1 }).waitFor();
    await row(admin, 'admin@test.de').waitFor();
    expect(await row(admin, 'admin@test.de').getByRole('combobox').inputValue()).toBe('admin');
    expect(await axeViolations(admin)).toEqual([]);
  });

  it('invites a person by email with a role and shows the one-time link to pass on', async () => {
    await admin.getByLabel('E-Mail-Adresse').fill(invitedEmail);
    await admin.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Kommentieren' });
    await admin.getByRole('button', { name: 'Einladen' }).click();
    await admin.getByText(`Einladung für ${invitedEmail} als „Kommentieren“ erstellt.`).waitFor();
    await admin
      .getByText(
        `Es wurde keine E-Mail versendet. Bitte geben Sie den Link selbst an ${invitedEmail} weiter.`,
      )
      .waitFor();
    invitationUrl = await admin.getByLabel('Einladungslink').inputValue();
    expect(invitationUrl).toMatch(/\/invitation\/mem_/);
    await admin.getByTestId('pending-invitations').getByText(invitedEmail, { exact: false }).waitFor();
    const invites = await server.store.listMemberInvites(server.orgId);
    expect(invites.filter((i) => i.email === invitedEmail).map((i) => i.role)).toEqual(['commenter']);
    expect(await membership(invitedEmail)).toBeUndefined();
  });

  it('lets the new person create an account with the link and join', async () => {
    const person = await newPage();
    await person.goto(invitationUrl);
    await person.getByRole('heading', { name: 'Einladung zu Testhausen' }).waitFor();
    await person
      .getByText(`Sie sind als „Kommentieren“ eingeladen, für die E-Mail-Adresse ${invitedEmail}.`, {
        exact: false,
      })
      .waitFor();
    expect(await axeViolations(person)).toEqual([]);
    await person.getByLabel('Ihr Name').fill('Nora Neu');
    await person.getByLabel('Passwort', { exact: true }).fill('ein-gutes-passwort');
    await person.getByLabel('Passwort wiederholen').fill('ein-gutes-passwort');
    await person.getByRole('button', { name: 'Konto anlegen und beitreten' }).click();
    await person.getByText('Sie sind jetzt Mitglied von Testhausen mit der Rolle „Kommentieren“.').waitFor();
    expect(await membership(invitedEmail)).toBe('commenter');
  });

  it("changes the person's role", async () => {
    await admin.reload();
    const select = row(admin, invitedEmail).getByRole('combobox', { name: 'Rolle von Nora Neu' });
    await select.selectOption({ label: 'Bearbeiten' });
    await admin.getByText('Die Rolle von Nora Neu ist jetzt „Bearbeiten“.').waitFor();
    expect(await membership(invitedEmail)).toBe('editor');
    await admin
      .getByTestId('audit-log')
      .getByText('von „Kommentieren“ zu „Bearbeiten“ geändert.', { exact: false })
      .waitFor();
  });

  it('removes the person after a confirmation', async () => {
    await admin.getByRole('button', { name: 'Nora Neu entfernen' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Nora Neu entfernen?' });
    await dialog.getByText('Nora Neu verliert sofort den Zugang', { exact: false }).waitFor();
    expect(await membership(invitedEmail)).toBe('editor');
    await dialog.getByRole('button', { name: 'Endgültig entfernen' }).click();
    await admin.getByText('Nora Neu wurde aus Testhausen entfernt.').waitFor();
    await row(admin, invitedEmail).waitFor({ state: 'detached' });
    expect(await membership(invitedEmail)).toBeUndefined();
    const log = admin.getByTestId('audit-log');
    await log.getByText('hat Nora Neu entfernt.', { exact: false }).waitFor();
    await log.getByText('Nora Neu ist beigetreten („Kommentieren“).').waitFor();
    await log.getByText(`als „Kommentieren“ eingeladen.`, { exact: false }).waitFor();
  });

  it('lets a member of another municipality join only by accepting, signed in as themselves', async () => {
    const offenburg = await createOrg(server.store, 'Offenburg');
    const email = `otto.${Math.random().toString(36).slice(2, 8)}@offenburg.example`;
    await addMember(server.store, {
      email,
      name: 'Otto Ofen',
      orgId: offenburg.id,
      role: 'editor',
      password: 'passwort-123',
    });
    await admin.getByLabel('E-Mail-Adresse').fill(email);
    await admin.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Ansehen' });
    await admin.getByRole('button', { name: 'Einladen' }).click();
    await admin.getByText(`Einladung für ${email} als „Ansehen“ erstellt.`).waitFor();
    const link = await admin.getByLabel('Einladungslink').inputValue();
    // Inviting alone does not make him a member anywhere.
    expect(await membership(email)).toBeUndefined();

    const otto = await newPage();
    await otto.goto(link);
    await otto.getByText(`Für ${email} gibt es schon ein Konto.`, { exact: false }).waitFor();
    await otto.getByRole('link', { name: 'Anmelden' }).click();
    await otto.getByLabel('E-Mail-Adresse').fill(email);
    await otto.getByLabel('Passwort').fill('passwort-123');
    await otto.getByRole('button', { name: 'Anmelden' }).click();
    await otto.waitForURL((url) => url.pathname.startsWith('/invitation/'));
    await otto.getByText(`Sie sind als ${email} angemeldet.`, { exact: false }).waitFor();
    expect(await membership(email)).toBeUndefined();
    await otto.getByRole('button', { name: 'Einladung annehmen' }).click();
    await otto.getByText('Sie sind jetzt Mitglied von Testhausen mit der Rolle „Ansehen“.').waitFor();
    expect(await membership(email)).toBe('viewer');
    const memberships = await server.store.listMemberships((await server.store.getUserByEmail(email))!.id);
    expect(memberships.map((m) => m.role).sort()).toEqual(['editor', 'viewer']);
  });

  it('keeps a refused change off the screen and says why (the last admin)', async () => {
    const mine = row(admin, 'admin@test.de');
    await server.store.removeMembership(
      (await server.store.getUserByEmail('admin@test.de'))?.id ?? '',
      server.orgId,
    );
    await admin.reload();
    await mine.waitFor({ state: 'detached' });
    const me = admin.locator('[data-testid="member-row"]').filter({ hasText: '(Sie)' });
    await me.getByRole('combobox').selectOption({ label: 'Ansehen' });
    await admin.getByRole('alert').filter({ hasText: 'letzte Person mit der Rolle „Verwaltung“' }).waitFor();
    await expect.poll(() => me.getByRole('combobox').inputValue()).toBe('admin');
  });
});
