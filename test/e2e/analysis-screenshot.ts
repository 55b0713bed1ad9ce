// Takes docs/screenshots/metrics.png, sheet.png and compare-processes.png from the demo's two Gewerbeanmeldung variants. Run: npx tsx test/e2e/analysis-screenshot.ts
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { buildGewerbeanmeldung } from '../../server/src/demo/gewerbeanmeldung.ts';
import { DEMO_HOURLY_RATES } from '../../server/src/demo/seed.ts';
import { removeDataDir } from '../support/server.ts';
import { createProcessIn, launchChromium, openAs, startAppServer } from './support/app.ts';
import { seedMap } from './support/seed.ts';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

async function main(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchChromium();
  try {
    const ids: Record<string, string> = {};
    let kehlOrg = '';
    for (const town of ['kehl', 'offenburg'] as const) {
      const { id: orgId } = await createOrg(server.store, town === 'kehl' ? 'Stadt Kehl' : 'Stadt Offenburg');
      if (town === 'kehl') kehlOrg = orgId;
      await server.store.setHourlyRates(orgId, DEMO_HOURLY_RATES[town], new Date().toISOString());
      const id = await createProcessIn(server, orgId, 'Gewerbeanmeldung');
      const update = Y.encodeStateAsUpdate(buildGewerbeanmeldung(town));
      await seedMap(server, id, (doc) => Y.applyUpdate(doc, update));
      ids[town] = id;
    }
    // Offenburg shares its agreed version with its hourly rates, so Kehl may compare costs with it.
    const steps = [
      ['/versions', { name: 'Online-Antrag' }],
      ['/versions/1/publish', { hourlyRates: true }],
    ] as const;
    for (const [path, body] of steps) {
      await fetch(`${server.url}/api/processes/${ids.offenburg}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
        body: JSON.stringify(body),
      });
    }
    const viewport = { width: 1600, height: 900 };
    const anna = await openAs(browser, server, ids.kehl ?? '', 'Anna Albrecht', {
      orgId: kehlOrg,
      role: 'admin',
      viewport,
    });
    const page = anna.page;
    mkdirSync(OUT, { recursive: true });
    await page.locator('.react-flow__node-process').nth(10).waitFor();
    await page.getByRole('button', { name: 'Kennzahlen' }).click();
    await page.getByTestId('metric-staffCost').waitFor();
    await page.screenshot({ path: join(OUT, 'metrics.png') });
    await page.goto(`${server.url}/p/${ids.kehl}/sheet`);
    await page.getByTestId('sheet-metadata').waitFor();
    await page.screenshot({ path: join(OUT, 'sheet.png'), fullPage: true });
    await page.goto(`${server.url}/compare?a=${ids.kehl}&b=${ids.offenburg}`);
    await page.getByTestId('compare-table').waitFor();
    await page.screenshot({ path: join(OUT, 'compare-processes.png'), fullPage: true });
  } finally {
    await browser.close();
    await server.close();
    removeDataDir(server.dataDir);
  }
}

await main();
