// Takes docs/screenshots/workshop*.png: a facilitator runs a workshop on Gewerbeanmeldung with two participants. Run: npx tsx test/e2e/workshop-screenshot.ts
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { removeDataDir } from '../support/server.ts';
import { createProcessIn, launchChromium, openAs, startAppServer } from './support/app.ts';
import { writeGewerbeanmeldung } from './support/gewerbeanmeldung.ts';
import { seedMap } from './support/seed.ts';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

async function main(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchChromium();
  try {
    const { id: orgId } = await createOrg(server.store, 'Stadt Musterhausen');
    const processId = await createProcessIn(server, orgId, 'Gewerbeanmeldung');
    await seedMap(server, processId, (doc) => writeGewerbeanmeldung(doc));
    const viewport = { width: 1920, height: 1080 };
    const frieda = await openAs(browser, server, processId, 'Frieda Moderation', {
      orgId,
      viewport,
      role: 'facilitator',
    });
    const paul = await openAs(browser, server, processId, 'Paul Becker', { orgId, viewport });
    await openAs(browser, server, processId, 'Petra Nowak', { orgId, viewport });
    await frieda.page.locator('.react-flow__node-process').nth(13).waitFor();

    await frieda.page.getByRole('combobox', { name: 'Dauer' }).selectOption('10');
    await frieda.page.getByRole('button', { name: 'Timer starten' }).click();
    await frieda.page.getByRole('button', { name: 'Karte sperren' }).click();
    await frieda.page.getByRole('button', { name: 'Alle zu mir holen' }).click();
    await paul.page.getByTestId('workshop-locked-banner').waitFor();
    await frieda.page.getByRole('button', { name: '3 Personen' }).click();
    await paul.page.waitForTimeout(2500);
    mkdirSync(DIR, { recursive: true });
    await paul.page.screenshot({ path: resolve(DIR, 'workshop.png') });
    await frieda.page.screenshot({ path: resolve(DIR, 'workshop-facilitator.png') });
    console.log('Screenshots written to docs/screenshots/workshop.png and workshop-facilitator.png');
  } finally {
    await browser.close();
    await server.close();
    removeDataDir(server.dataDir);
  }
}

await main();
