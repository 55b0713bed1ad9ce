// Takes docs/screenshots/textview.png: the Gewerbeanmeldung as text, one step opened for editing.
// Run: npx tsx test/e2e/textview-screenshot.ts
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { removeDataDir } from '../support/server.ts';
import { createProcessIn, launchChromium, openAs, startAppServer } from './support/app.ts';
import { writeGewerbeanmeldung } from './support/gewerbeanmeldung.ts';
import { seedMap } from './support/seed.ts';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots/textview.png');

async function main(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchChromium();
  try {
    const { id: orgId } = await createOrg(server.store, 'Stadt Musterhausen');
    const processId = await createProcessIn(server, orgId, 'Gewerbeanmeldung');
    await seedMap(server, processId, writeGewerbeanmeldung);
    const viewport = { width: 1440, height: 900 };
    const anna = await openAs(browser, server, processId, 'Anna Schmidt', { orgId, viewport });
    await anna.page.getByRole('button', { name: 'Textansicht' }).click();
    await anna.page.getByTestId('text-step').first().waitFor();
    const view = anna.page.getByTestId('text-view');
    await view.locator('.outline-step-toggle', { hasText: 'Formular GewA 1 ausfüllen' }).click();
    await view.locator('.outline-step-editor').waitFor();
    await view.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    await anna.page.waitForTimeout(300);
    mkdirSync(dirname(OUT), { recursive: true });
    await anna.page.screenshot({ path: OUT });
    console.log(`Screenshot written to ${join('docs', 'screenshots', 'textview.png')}`);
  } finally {
    await browser.close();
    await server.close();
    removeDataDir(server.dataDir);
  }
}

await main();
