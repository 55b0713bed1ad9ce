// On a facilitator's laptop (1280×720) and a projector (1024×768) the crowded workshop top bar keeps every control in view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer, type User } from './support/app.ts';

let server: TestServer;
let browser: Browser;
let frieda: User;

const QUESTION = 'Wo verlieren Antragstellende am meisten Zeit?';

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  const processId = await createProcess(server, 'Gewerbeanmeldung mit einem langen Titel für den Workshop');
  frieda = await openAs(browser, server, processId, 'Frieda Moderation', {
    role: 'facilitator',
    viewport: { width: 1280, height: 720 },
  });
  const { page } = frieda;
  await page.getByRole('button', { name: 'Timer starten' }).click();
  await page.getByRole('button', { name: 'Abstimmung starten' }).click();
  await page.getByLabel('Frage (freiwillig)').fill(QUESTION);
  await page.getByRole('button', { name: 'Starten', exact: true }).click();
  await page.getByTestId('voting-remaining').waitFor();
  await page.getByTestId('workshop-timer').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

// Names of the top bar's items that end outside it or overlap the next one.
async function crowdedItems(page: Page): Promise<string[]> {
  const edge = await page.locator('.topbar').boundingBox();
  if (!edge) return ['no top bar'];
  const boxes: { name: string; box: { x: number; width: number } }[] = [];
  for (const item of await page.locator('.topbar > :not(.workshop-bar), .workshop-bar > *').all()) {
    const box = await item.boundingBox();
    // Visually hidden helpers (1×1 px) take no room.
    if (box && box.width > 1) boxes.push({ name: (await item.getAttribute('class')) ?? 'item', box });
  }
  return boxes.flatMap(({ name, box }, index) => {
    const next = boxes[index + 1];
    if (box.x + box.width > edge.x + edge.width + 0.5) return [`${name} is cut off`];
    if (next && next.box.x < box.x + box.width - 0.5) return [`${name} overlaps ${next.name}`];
    return [];
  });
}

describe('the workshop top bar on narrow screens', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    it(`keeps timer, voting, people, invite, file menu and language switch in view at ${viewport.width}`, async () => {
      const { page } = frieda;
      await page.setViewportSize(viewport);
      expect(await crowdedItems(page)).toEqual([]);
      for (const name of ['Einladen', 'Datei', 'English']) {
        await expect(page.getByRole('button', { name, exact: false }).first().isVisible()).resolves.toBe(
          true,
        );
      }
      await expect(page.getByTestId('workshop-timer').isVisible()).resolves.toBe(true);
    });
  }

  it('shortens the voting badge to the dots left and keeps the question in its tooltip', async () => {
    const { page } = frieda;
    await page.setViewportSize({ width: 1024, height: 768 });
    const badge = page.getByTestId('voting-remaining');
    await expect(badge.getByTestId('voting-remaining-short').textContent()).resolves.toBe('3/3');
    expect(await badge.getAttribute('title')).toBe(`${QUESTION}: Noch 3 von 3 Punkten`);
    expect((await badge.boundingBox())?.width).toBeLessThan(120);
    await page.setViewportSize({ width: 1600, height: 900 });
    await expect(badge.getByTestId('voting-remaining-short').isVisible()).resolves.toBe(false);
  });
});
