// Takes docs/screenshots/editor.png: the Gewerbeanmeldung process with two people at work, and editor-1280.png: the
// same editor on a 1280 px laptop screen, opened fitted to the map. Run: npx tsx test/e2e/screenshot.ts
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { removeDataDir } from '../support/server.ts';
import { createProcessIn, launchChromium, openAs, startAppServer } from './support/app.ts';
import { writeGewerbeanmeldung } from './support/gewerbeanmeldung.ts';
import { seedMap } from './support/seed.ts';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots/editor.png');
const OUT_1280 = join(dirname(OUT), 'editor-1280.png');

async function main(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchChromium();
  try {
    const { id: orgId } = await createOrg(server.store, 'Stadt Musterhausen');
    const processId = await createProcessIn(server, orgId, 'Gewerbeanmeldung');
    let ids: Record<string, string> = {};
    await seedMap(server, processId, (doc) => (ids = writeGewerbeanmeldung(doc)));
    const viewport = { width: 1920, height: 1080 };
    const anna = await openAs(browser, server, processId, 'Anna Schmidt', { orgId, viewport });
    const jonas = await openAs(browser, server, processId, 'Jonas Weber', { orgId, viewport });
    await anna.page.locator('.react-flow__node-process').nth(13).waitFor();

    // Jonas selects "Gebühr festsetzen" and points at it; Anna selects "Antrag entgegennehmen".
    await jonas.page.locator(`[data-id="${ids.fee}"]`).click();
    const target = await jonas.page.locator(`[data-id="${ids.check}"]`).boundingBox();
    if (target)
      await jonas.page.mouse.move(target.x + target.width * 0.7, target.y + target.height * 0.8, {
        steps: 4,
      });
    await anna.page.locator(`[data-id="${ids.receive}"]`).click();
    await anna.page.locator('.remote-cursor').waitFor();
    await anna.page.mouse.move(700, 200);
    await anna.page.waitForTimeout(300);
    mkdirSync(dirname(OUT), { recursive: true });
    await anna.page.screenshot({ path: OUT });
    console.log(`Screenshot written to ${join('docs', 'screenshots', 'editor.png')}`);

    // A laptop: the header fits, the whole map is in view.
    const laptop = await openAs(browser, server, processId, 'Lena Laptop', {
      orgId,
      viewport: { width: 1280, height: 800 },
    });
    await laptop.page.locator('.react-flow__node-process').nth(13).waitFor();
    await laptop.page.locator('.remote-cursor').first().waitFor();
    await laptop.page.mouse.move(640, 760);
    await laptop.page.waitForTimeout(300);
    await laptop.page.screenshot({ path: OUT_1280 });
    console.log(`Screenshot written to ${join('docs', 'screenshots', 'editor-1280.png')}`);
  } finally {
    await browser.close();
    await server.close();
    removeDataDir(server.dataDir);
  }
}

await main();
