// The library and versions in Chromium: freeze while another person edits, compare, view, restore, edit details, adopt.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addNode } from '@prozesswerk/process-model';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { sqliteFile } from '../../server/src/store/sqlite/index.ts';
import { createProcess, removeDataDir, seedMember, type TestServer } from '../support/server.ts';
import { launchChromium, startAppServer } from './support/app.ts';
import { addActivity, eventually, nodeByLabel } from './support/canvas.ts';
import { seedMap } from './support/seed.ts';
import { axeViolations } from './support/axe.ts';

let server: TestServer;
let browser: Browser;
let processId: string;
let facilitator: Page;
let editor: Page;
const contexts: BrowserContext[] = [];

/** A browser context signed in as a new member with `role` in the municipality (the test's own unless given). */
async function signedIn(role: 'facilitator' | 'editor', orgId = server.orgId): Promise<Page> {
  const { email } = await seedMember(server, role, orgId);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  const login = await page.request.post(`${server.url}/api/auth/login`, {
    data: { email, password: 'passwort-123' },
    headers: { origin: server.url },
  });
  expect(login.status()).toBe(200);
  return page;
}

/** A signed-in member with `role`, showing the editor of the process, online. */
async function openAsMember(role: 'facilitator' | 'editor'): Promise<Page> {
  const page = await signedIn(role);
  await page.goto(`${server.url}/p/${processId}`);
  await page.getByTestId('connection').and(page.locator('[data-state="online"]')).waitFor();
  return page;
}

async function waitUntilStored(page: Page): Promise<void> {
  await eventually(
    async () => (await page.getByTestId('save-status').getAttribute('data-unsaved')) === '0',
    'every change to be stored',
  );
}

/** Clicks a page action of the header: in its row when it fits, else in the „Mehr“ menu. */
async function headerAction(page: Page, name: string): Promise<void> {
  const inRow = page.locator('header.topbar').getByRole('button', { name, exact: true });
  const more = page.getByRole('button', { name: 'Mehr', exact: true });
  await eventually(
    async () => (await inRow.isVisible()) || (await more.isVisible()),
    `the header action ${name}`,
  );
  if (await inRow.isVisible()) return inRow.click();
  await more.click();
  await page.getByRole('group', { name: 'Weitere Aktionen' }).getByRole('button', { name }).click();
}

function versionsPanel(page: Page) {
  return page.getByTestId('versions-panel');
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Gewerbeanmeldung');
  await seedMap(server, processId, (doc) => {
    addNode(doc, { kind: 'start', label: 'Antrag eingegangen', x: 40, y: 120 });
    addNode(doc, { kind: 'activity', label: 'Antrag prüfen', x: 200, y: 108 });
  });
  [facilitator, editor] = await Promise.all([openAsMember('facilitator'), openAsMember('editor')]);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('versions in the browser', () => {
  it('freezes a version while another person edits; both versions panels list it', async () => {
    await editor.getByRole('button', { name: 'Versionen' }).click();
    await expect
      .poll(() => versionsPanel(editor).getByText('Noch keine Version eingefroren.').count())
      .toBe(1);
    await addActivity(editor, { x: 620, y: 360 }, 'Unterlagen anfordern');
    await waitUntilStored(editor);

    await facilitator.getByRole('button', { name: 'Versionen' }).click();
    await versionsPanel(facilitator).getByRole('button', { name: 'Version einfrieren' }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'Version einfrieren' });
    await dialog.getByLabel('Name der Version').fill('Ergebnis Workshop 1');
    await dialog.getByLabel('Notiz').fill('Im Workshop abgestimmt.');
    await expect.poll(() => dialog.getByRole('checkbox').count()).toBe(2);
    await dialog.getByLabel('Name', { exact: true }).fill('Clara Gast');
    await dialog.getByLabel('Kommune').fill('Stadt Kehl');
    await dialog.getByRole('button', { name: 'Hinzufügen' }).click();

    // The editor keeps working while the facilitator freezes.
    const editing = addActivity(editor, { x: 620, y: 560 }, 'Gebühr erheben');
    await dialog.getByRole('button', { name: 'Einfrieren' }).click();
    await editing;

    for (const page of [facilitator, editor]) {
      const item = versionsPanel(page).getByTestId('version-item').filter({ hasText: 'Ergebnis Workshop 1' });
      await item.waitFor();
      expect(await item.textContent()).toContain('Clara Gast (Stadt Kehl)');
    }
    await expect
      .poll(() => versionsPanel(editor).getByRole('button', { name: 'Version 1 wiederherstellen' }).count())
      .toBe(0);
  });

  it('compares the version with the live map and highlights the later edit', async () => {
    await nodeByLabel(editor, 'Gebühr erheben').waitFor();
    await addActivity(editor, { x: 300, y: 700 }, 'Bescheid versenden');
    await waitUntilStored(editor);

    await versionsPanel(facilitator)
      .getByRole('button', { name: 'Version 1 mit dem aktuellen Stand vergleichen' })
      .click();
    await facilitator.waitForURL((url) => url.pathname === `/p/${processId}/compare`);
    const added = facilitator.locator('[data-testid="static-node"][data-status="added"]', {
      hasText: 'Bescheid versenden',
    });
    await added.waitFor();
    // Green, as the legend says: the colour comes from the page's styles, not only from an attribute.
    const outline = await added.evaluate(
      (el) => (el.ownerDocument.defaultView?.getComputedStyle(el).outlineColor ?? '') as string,
    );
    expect(outline).toBe('rgb(26, 127, 55)');
    const untouched = facilitator.locator('[data-testid="static-node"]', { hasText: 'Antrag prüfen' });
    expect(await untouched.getAttribute('data-status')).toBe('');
    const side = facilitator.getByTestId('compare-side');
    await side.getByText('Hinzugefügt: Bescheid versenden').waitFor();
  });
  it('opens a frozen version read-only from the versions panel', async () => {
    await facilitator.getByRole('button', { name: 'Zurück zum Prozess' }).click();
    await facilitator.getByRole('button', { name: 'Versionen' }).click();
    await versionsPanel(facilitator).getByRole('button', { name: 'Version 1 ansehen' }).click();
    await facilitator.waitForURL((url) => url.pathname === `/p/${processId}/v/1`);
    await facilitator.getByText('Eingefrorene Version – nur lesen.').waitFor();
    const frozen = facilitator.locator('[data-testid="static-node"]', { hasText: 'Unterlagen anfordern' });
    await frozen.dblclick({ force: true });
    expect(await facilitator.getByRole('textbox', { name: 'Beschriftung bearbeiten' }).count()).toBe(0);
    expect(
      await facilitator.locator('[data-testid="static-node"]', { hasText: 'Bescheid versenden' }).count(),
    ).toBe(0);
  });

  it('restores the version as a change the editor sees live', async () => {
    await headerAction(facilitator, 'Zum Prozess');
    await facilitator.getByRole('button', { name: 'Versionen' }).click();
    facilitator.once('dialog', (dialog) => void dialog.accept());
    await versionsPanel(facilitator).getByRole('button', { name: 'Version 1 wiederherstellen' }).click();
    await versionsPanel(facilitator)
      .getByText('Version 1 wurde wiederhergestellt.', { exact: false })
      .waitFor();
    await nodeByLabel(editor, 'Bescheid versenden').waitFor({ state: 'detached' });
    await nodeByLabel(editor, 'Unterlagen anfordern').waitFor();
  });

  it('takes the restore back for everyone with the toolbar undo, and again with Ctrl+Z', async () => {
    const undo = facilitator.getByRole('button', { name: 'Rückgängig', exact: true });
    expect(await undo.isEnabled()).toBe(true);
    await undo.click();
    await nodeByLabel(editor, 'Bescheid versenden').waitFor();
    await nodeByLabel(facilitator, 'Bescheid versenden').waitFor();

    facilitator.once('dialog', (dialog) => void dialog.accept());
    await versionsPanel(facilitator).getByRole('button', { name: 'Version 1 wiederherstellen' }).click();
    await nodeByLabel(editor, 'Bescheid versenden').waitFor({ state: 'detached' });
    // The shortcut works wherever focus is outside a text field; here it is still on the restore button.
    await facilitator.keyboard.press('Control+z');
    await nodeByLabel(editor, 'Bescheid versenden').waitFor();
    await waitUntilStored(facilitator);

    // What everyone saw is what is stored: a fresh reader gets the map back as it was before the restore.
    const fresh = await openAsMember('editor');
    await nodeByLabel(fresh, 'Bescheid versenden').waitFor();
    await nodeByLabel(fresh, 'Unterlagen anfordern').waitFor();
  });

  it('lists the process in the library, where an editor sets its LeiKa key, tier and tags', async () => {
    await editor.goto(`${server.url}/`);
    const card = editor.getByTestId('process-card').filter({ hasText: 'Gewerbeanmeldung' });
    await card.getByText('Abgestimmt').waitFor();
    await card.getByRole('button', { name: 'Angaben bearbeiten: Gewerbeanmeldung' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Prozessangaben' });
    await dialog.getByLabel('LeiKa-Schlüssel').fill('12345');
    await dialog.getByText('Ein LeiKa-Schlüssel hat genau 14 Ziffern.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Speichern' }).isDisabled()).toBe(true);
    await dialog.getByLabel('LeiKa-Schlüssel').fill('99050012104000');
    await dialog.getByLabel('FIM-Ebene').selectOption({ label: 'Referenzprozess' });
    await dialog.getByLabel('Schlagworte').fill('Gewerbe, Bürgerbüro');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await card.getByText('LeiKa 99050012104000').waitFor();
    await card.getByText('Referenzprozess').waitFor();

    await editor.getByLabel('FIM-Ebene').selectOption({ label: 'Lokalprozess' });
    await card.waitFor({ state: 'detached' });
    await editor.getByLabel('FIM-Ebene').selectOption({ label: 'Referenzprozess' });
    await editor.getByLabel('Schlagwort').selectOption('Bürgerbüro');
    await card.waitFor();
    await editor.getByRole('searchbox', { name: 'Suche' }).fill('Gewerbeanmeldung');
    await card.waitFor();
    await editor.getByRole('searchbox', { name: 'Suche' }).fill('Hundesteuer');
    await card.waitFor({ state: 'detached' });
  });
  it('publishes the version; another municipality adopts it and compares its variant with the origin', async () => {
    await versionsPanel(facilitator).getByRole('button', { name: 'Version 1 veröffentlichen' }).click();
    const publish = facilitator.getByRole('dialog', { name: 'Version 1 veröffentlichen' });
    // By default the discussion and names stay at home.
    expect(await publish.getByLabel('Die interne Diskussion', { exact: false }).isChecked()).toBe(false);
    expect(await publish.getByLabel('Nur die Kommune zeigen, keine Namen').isChecked()).toBe(true);
    await publish.getByText('Diskussion: nicht sichtbar · Namen: nur die Kommune').waitFor();
    expect(await axeViolations(facilitator)).toEqual([]);
    await publish.getByLabel('Die Stundensätze Ihrer Kommune').check();
    await publish.getByRole('button', { name: 'Veröffentlichen' }).click();
    await versionsPanel(facilitator)
      .getByText('Version 1 ist jetzt in der Bibliothek veröffentlicht.')
      .waitFor();

    const kehl = await createOrg(server.store, 'Stadt Kehl');
    const other = await signedIn('editor', kehl.id);
    await other.goto(`${server.url}/`);
    const card = other.getByTestId('process-card').filter({ hasText: 'Gewerbeanmeldung' });
    await card.getByText('Veröffentlicht').waitFor();
    await card.getByRole('link', { name: 'Gewerbeanmeldung' }).click();
    await other.waitForURL((url) => url.pathname === `/p/${processId}/v/1`);
    await other.getByText('Die Diskussion wurde nicht mit veröffentlicht.').waitFor();
    await other.getByText('Veröffentlicht ohne Namen', { exact: false }).waitFor();
    expect(await other.locator('.version-info').textContent()).not.toContain('Clara Gast');
    expect((await server.store.getPublication(processId))?.consent).toEqual({
      discussion: false,
      names: 'municipality',
      hourlyRates: true,
    });
    await other.getByLabel('Titel der Übernahme').fill('Gewerbeanmeldung Kehl');
    await other.getByRole('button', { name: 'Übernehmen', exact: true }).click();
    await other.waitForURL((url) => /^\/p\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(processId));
    await other.getByTestId('connection').and(other.locator('[data-state="online"]')).waitFor();
    await nodeByLabel(other, 'Unterlagen anfordern').waitFor();
    await addActivity(other, { x: 300, y: 700 }, 'Kehler Sonderweg');
    await waitUntilStored(other);

    await other.getByRole('button', { name: 'Versionen' }).click();
    const lineage = other.getByTestId('lineage');
    await lineage.getByText('Gewerbeanmeldung (Testhausen), Version 1').waitFor();
    await lineage.getByRole('button', { name: 'Mit Ursprung vergleichen' }).click();
    await other.waitForURL((url) => url.pathname.endsWith('/compare'));
    await other
      .locator('[data-testid="static-node"][data-status="added"]', { hasText: 'Kehler Sonderweg' })
      .waitFor();
    expect(await other.getByTestId('diff-entry').count()).toBe(1);
  });
  it('refuses a tampered version with a plain German explanation', async () => {
    const tampered = await createProcess(server, 'Hundesteuer');
    const freeze = await fetch(`${server.url}/api/processes/${tampered}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ name: 'v1' }),
    });
    expect(freeze.status).toBe(201);
    const db = new Database(sqliteFile(server.dataDir));
    db.exec('DROP TRIGGER versions_refuse_update');
    db.prepare("UPDATE versions SET sealed_json = sealed_json || ' '").run();
    db.close();

    await facilitator.goto(`${server.url}/p/${tampered}/v/1`);
    await facilitator
      .getByRole('alert')
      .filter({ hasText: 'Diese Version wurde nachträglich verändert und wird deshalb nicht angezeigt.' })
      .waitFor();
    expect(await facilitator.getByTestId('static-node').count()).toBe(0);
  });

  it('signs out on a shared PC: back to the sign-in page, the session gone, the local copies deleted', async () => {
    // As a string: the test files are type-checked without the browser's types.
    const localCopies = () =>
      editor.evaluate<string[]>(
        "indexedDB.databases().then((all) => all.map((db) => db.name).filter((name) => name.startsWith('prozesswerk:')))",
      );
    await editor.goto(`${server.url}/`);
    expect((await localCopies()).length).toBeGreaterThan(0);
    await editor.getByRole('button', { name: 'Abmelden' }).click();
    await editor.waitForURL('**/login');
    const status = await editor.evaluate(async () => (await fetch('/api/auth/session')).status);
    expect(status).toBe(401);
    await expect.poll(localCopies).toEqual([]);
    // Nor does the browser remember who was signed in (kept for opening the editor offline).
    expect(await editor.evaluate<string | null>("localStorage.getItem('prozesswerk.signedIn')")).toBeNull();
  });
});
