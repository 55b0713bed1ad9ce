// Takes docs/screenshots/workshop*.png: a facilitator runs a dot vote on Gewerbeanmeldung with two participants. Run: npx tsx test/e2e/workshop-screenshot.ts
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { addNode, readProcessMap } from '@prozesswerk/process-model';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { removeDataDir } from '../support/server.ts';
import { createProcessIn, launchChromium, openAs, startAppServer } from './support/app.ts';
import { writeGewerbeanmeldung } from './support/gewerbeanmeldung.ts';
import { seedMap } from './support/seed.ts';

const QUESTION = 'Wo verlieren Antragstellende am meisten Zeit?';

// Places `times` of the person's dots on the node with this label.
async function vote(page: Page, label: string, times: number): Promise<void> {
  const dots = page.locator('.react-flow__node-process', { hasText: label }).getByTestId('node-votes');
  for (let i = 0; i < times; i++) {
    await dots.getByRole('button', { name: 'Punkt vergeben' }).click();
    await dots.and(page.locator(`[data-dots="${i + 1}"]`)).waitFor();
  }
}

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

async function main(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchChromium();
  try {
    const { id: orgId } = await createOrg(server.store, 'Stadt Musterhausen');
    const processId = await createProcessIn(server, orgId, 'Gewerbeanmeldung');
    await seedMap(server, processId, (doc) => {
      writeGewerbeanmeldung(doc);
      // Two stickies from the workshop, next to the existing idea note, to vote on.
      const laneId = readProcessMap(doc).lanes.find((lane) => lane.label === 'Gewerbeamt')?.id;
      addNode(doc, {
        kind: 'note',
        label: 'Termin im Bürgerbüro: oft drei Wochen Wartezeit',
        x: 340,
        y: 500,
        laneId,
      });
      addNode(doc, { kind: 'note', label: 'Gebühr nur bar oder mit EC-Karte', x: 530, y: 500, laneId });
    });
    const viewport = { width: 1920, height: 1080 };
    const frieda = await openAs(browser, server, processId, 'Frieda Moderation', {
      orgId,
      viewport,
      role: 'facilitator',
    });
    const paul = await openAs(browser, server, processId, 'Paul Becker', { orgId, viewport });
    const petra = await openAs(browser, server, processId, 'Petra Nowak', { orgId, viewport });
    await frieda.page.locator('.react-flow__node-process').nth(13).waitFor();

    await frieda.page.getByRole('combobox', { name: 'Dauer' }).selectOption('10');
    await frieda.page.getByRole('button', { name: 'Timer starten' }).click();
    await frieda.page.getByRole('button', { name: 'Karte sperren' }).click();
    await frieda.page.getByRole('button', { name: 'Alle zu mir holen' }).click();
    await paul.page.getByTestId('workshop-locked-banner').waitFor();

    // A dot vote while the map is locked for the discussion: Paul has used his dots, Petra some of hers.
    await frieda.page.getByRole('button', { name: 'Abstimmung starten' }).click();
    await frieda.page.getByLabel('Frage (freiwillig)').fill(QUESTION);
    await frieda.page.getByRole('button', { name: 'Starten', exact: true }).click();
    await paul.page.getByTestId('voting-remaining').waitFor();
    await vote(paul.page, 'Termin im Bürgerbüro', 2);
    await vote(paul.page, 'Fehlende Unterlagen nachfordern', 1);
    await vote(petra.page, 'Termin im Bürgerbüro', 1);
    await vote(petra.page, 'Idee: Online-Antrag', 2);
    await vote(frieda.page, 'Gebühr nur bar', 1);
    // Paul follows the facilitator's view while the others vote.
    await paul.page.getByRole('button', { name: '3 Personen' }).click();
    await paul.page.getByRole('button', { name: 'Frieda Moderation folgen' }).click();
    await paul.page.getByRole('button', { name: '3 Personen' }).click();
    await paul.page.getByTestId('follow-indicator').waitFor();
    await paul.page.waitForTimeout(1500);
    mkdirSync(DIR, { recursive: true });
    await paul.page.screenshot({ path: resolve(DIR, 'workshop.png') });

    // The facilitator ends the round: the ranked result opens for everyone, the totals show on the cards.
    await frieda.page.getByRole('button', { name: 'Abstimmung beenden' }).click();
    await frieda.page.getByTestId('voting-results').waitFor();
    await frieda.page.getByTestId('node-vote-result').first().waitFor();
    await frieda.page.waitForTimeout(1000);
    await frieda.page.screenshot({ path: resolve(DIR, 'workshop-facilitator.png') });
    console.log('Screenshots written to docs/screenshots/workshop.png and workshop-facilitator.png');
  } finally {
    await browser.close();
    await server.close();
    removeDataDir(server.dataDir);
  }
}

await main();
