import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/src/config.ts';
import { startServer, type RunningServer } from '../../server/src/server.ts';
import { removeDataDir } from '../support/server.ts';
import { addActivity, nodeByLabel } from './support/canvas.ts';
import { ensureClientBuilt, launchChromium } from './support/app.ts';

describe('first run, invite link and guest join in Chromium', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-first-run-'));
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    const config = parseConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIST: ensureClientBuilt(),
    });
    server = await startServer(config, () => undefined);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeDataDir(dataDir);
  });

  it('sets up the first municipality by the setup link; a guest from another town joins by invite link and sees the process live', async () => {
    expect(server.setupUrl).toMatch(/\/setup\?token=setup_/);
    const admin = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    admin.setDefaultTimeout(15_000);
    const page = await admin.newPage();
    // Before anyone signed in, the setup page asks the server nothing it must refuse (no 401 in the console).
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await page.goto(server.setupUrl!.replace('http://localhost', 'http://127.0.0.1'));
    await page.getByLabel('Name der Kommune').fill('Stadt Kehl');
    await page.getByLabel('Ihr Name').fill('Anna Albrecht');
    await page.getByLabel('E-Mail-Adresse').fill('anna@kehl.example');
    await page.getByLabel('Passwort', { exact: true }).fill('ein-sicheres-passwort');
    await page.getByLabel('Passwort wiederholen').fill('ein-sicheres-passwort');
    await page.getByRole('button', { name: 'Einrichten und anmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(refused).toEqual([]);

    // The setup link works once only.
    const again = await (await fetch(`${server.url}/api/setup`)).json();
    expect(again).toEqual({ needed: false });

    const created = await page.request.post(`${server.url}/api/processes`, {
      data: { title: 'Gewerbeanmeldung' },
      headers: { origin: server.url },
    });
    expect(created.status()).toBe(201);
    const processId = ((await created.json()) as { id: string }).id;
    await page.goto(`${server.url}/p/${processId}`);
    await page.getByTestId('connection').and(page.locator('[data-state="online"]')).waitFor();

    const invite = page.getByRole('button', { name: 'Einladen' });
    await invite.click();
    // Keyboard users land in the dialog, Tab stays inside it, and closing hands focus back to "Einladen".
    const dialog = page.getByRole('dialog', { name: 'Zum Workshop einladen' });
    const focusInDialog = async () => (await dialog.locator(':focus').count()) === 1;
    await dialog.waitFor();
    await expect.poll(focusInDialog).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog()).toBe(true);
    await page.getByLabel('Rolle der Eingeladenen').selectOption('editor');
    await page.getByRole('button', { name: 'Link erstellen' }).click();
    const link = await page.getByLabel('Einladungslink').inputValue();
    expect(link).toMatch(/\/join\/inv_/);
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => invite.and(page.locator(':focus')).count()).toBe(1);

    const guestContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    guestContext.setDefaultTimeout(15_000);
    const guest = await guestContext.newPage();
    await guest.goto(link.replace('http://localhost', 'http://127.0.0.1'));
    await expect.poll(() => guest.getByRole('heading', { name: /Gewerbeanmeldung/ }).count()).toBe(1);
    await guest.getByLabel('Ihr Name').fill('Berta Gast');
    await guest.getByLabel('Ihre Kommune (freiwillig)').fill('Stadt Offenburg');
    await guest.getByRole('button', { name: 'Teilnehmen' }).click();
    await guest.waitForURL((url) => url.pathname === `/p/${processId}`);
    await guest.getByTestId('connection').and(guest.locator('[data-state="online"]')).waitFor();

    // Workshops bring several towns together: the facilitator sees where the guest comes from.
    await page.getByRole('button', { name: '2 Personen' }).click();
    await page
      .getByTestId('workshop-participants')
      .getByRole('row', { name: /Berta Gast\s*Stadt Offenburg \(selbst angegeben\)/ })
      .waitFor();
    await page.getByRole('button', { name: '2 Personen' }).click();

    await addActivity(page, { x: 500, y: 300 }, 'Antrag prüfen');
    await nodeByLabel(guest, 'Antrag prüfen').waitFor();
    await guestContext.close();
    await admin.close();
  });
});
