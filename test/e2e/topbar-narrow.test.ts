// On a projector (1024), a facilitator's laptop (1280), an office screen (1440) and a large one (1920) no header
// overflows: the crowded workshop top bar, the version page and the library keep every control in view (what does
// not fit moves into a menu), and steps added from the palette land in free space, never on top of another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { createProcessIn, launchChromium, openAs, signIn, startAppServer, type User } from './support/app.ts';
import { writeGewerbeanmeldung } from './support/gewerbeanmeldung.ts';
import { seedMap } from './support/seed.ts';
import { addNode } from '@prozesswerk/process-model';
import { nodeByLabel } from './support/canvas.ts';

let server: TestServer;
let browser: Browser;
let frieda: User;
let processId: string;

const QUESTION = 'Wo verlieren Antragstellende am meisten Zeit?';
const TITLE = 'Gewerbeanmeldung mit einem langen Titel für den Workshop';
const WIDTHS = [1024, 1280, 1440, 1920] as const;
const HEIGHT = { 1024: 768, 1280: 720, 1440: 900, 1920: 1080 } as const;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, TITLE);
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

/** How far the header's content reaches beyond its box (0 when it fits). */
async function headerOverflow(page: Page): Promise<number> {
  return page
    .locator('header.topbar')
    .evaluate((header) => Math.max(0, header.scrollWidth - header.clientWidth));
}

async function isVisible(page: Page, name: string): Promise<boolean> {
  return page.getByRole('button', { name, exact: false }).first().isVisible();
}

describe('the workshop top bar at every width', () => {
  for (const width of WIDTHS) {
    it(`keeps timer, voting, people, invite, file menu and language switch in view at ${width}`, async () => {
      const { page } = frieda;
      await page.setViewportSize({ width, height: HEIGHT[width] });
      expect(await headerOverflow(page)).toBe(0);
      expect(await crowdedItems(page)).toEqual([]);
      for (const name of ['Einladen', 'Datei', 'English']) expect(await isVisible(page, name)).toBe(true);
      await expect(page.getByTestId('workshop-timer').isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('voting-remaining').isVisible()).resolves.toBe(true);
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

describe('the version page and the library at every width', () => {
  let page: Page;
  let variant: string;

  beforeAll(async () => {
    // An admin of a municipality with a long name sees the most in the headers: members, account, sign-out.
    const orgId = (await createOrg(server.store, 'Verbandsgemeinde Musterhausen-Land')).id;
    variant = await createProcessIn(server, orgId, TITLE);
    await seedMap(server, variant, (doc) => void writeGewerbeanmeldung(doc));
    const response = await fetch(`${server.url}/api/processes/${variant}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Abgestimmt im Workshop mit allen Ämtern' }),
    });
    expect(response.status).toBe(201);
    const session = await signIn(server, 'Maximiliane Mustermann-Schneider', { role: 'admin', orgId });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(15_000);
    await context.addCookies([{ name: 'pw_session', value: session, url: server.url }]);
    page = await context.newPage();
    await page.goto(`${server.url}/p/${variant}/v/1`);
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await page.locator('header.topbar h1', { hasText: TITLE }).waitFor();
  });

  for (const width of WIDTHS) {
    it(`shows the process name and keeps „Abmelden“ in view on the version page at ${width}`, async () => {
      await page.setViewportSize({ width, height: HEIGHT[width] });
      expect(await headerOverflow(page)).toBe(0);
      const heading = page.locator('header.topbar h1');
      await expect(heading.getAttribute('title')).resolves.toContain(TITLE);
      expect(await heading.isVisible()).toBe(true);
      for (const name of ['Abmelden', 'English']) expect(await isVisible(page, name)).toBe(true);
    });
  }

  it('moves the actions that do not fit into „Mehr“, where they still work', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const more = page.getByRole('button', { name: 'Mehr', exact: true });
    await more.click();
    const menu = page.getByRole('group', { name: 'Weitere Aktionen' });
    await menu.getByRole('button', { name: 'Zum Prozess' }).click();
    await page.waitForURL((url) => /^\/p\/[^/]+$/.test(url.pathname));
    await page.goBack();
    await page.locator('header.topbar h1', { hasText: TITLE }).waitFor();
  });

  it('opens the editor fitted to the whole map at 1280', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${server.url}/p/${variant}`);
    const steps = page.locator('.react-flow__node-process');
    // Every step of the Gewerbeanmeldung is drawn (only those in view are), and inside the canvas.
    await expect.poll(() => steps.count()).toBe(14);
    const pane = (await page.locator('.react-flow').boundingBox())!;
    for (const step of await steps.all()) {
      const box = (await step.boundingBox())!;
      expect(box.x >= pane.x && box.y >= pane.y).toBe(true);
      expect(box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height).toBe(
        true,
      );
    }
  });

  it('keeps the library header within the screen at every width', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Prozessbibliothek' }).waitFor();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT[width] });
      expect({ width, overflow: await headerOverflow(page) }).toEqual({ width, overflow: 0 });
      for (const name of ['Abmelden', 'English']) expect(await isVisible(page, name)).toBe(true);
    }
  });
});

describe('steps added from the palette', () => {
  // The minimap draws every step, also those outside the view, in map coordinates.
  const rects = (page: Page) =>
    page.locator('.react-flow__minimap-node').evaluateAll((nodes) =>
      nodes.map((node) => {
        const get = (name: string) => Number(node.getAttribute(name));
        return { x: get('x'), y: get('y'), width: get('width'), height: get('height') };
      }),
    );

  it('land beside the selected or last added step, and no two overlap', async () => {
    const mapId = await createProcessIn(server, server.orgId, 'Palette');
    await seedMap(server, mapId, (doc) => {
      addNode(doc, { kind: 'start', label: 'Antrag geht ein', x: 80, y: 160 });
      addNode(doc, { kind: 'activity', label: 'Antrag prüfen', x: 200, y: 148 });
    });
    const { page, context } = await openAs(browser, server, mapId, 'Paula Palette', {
      viewport: { width: 1280, height: 720 },
    });
    await expect.poll(async () => (await rects(page)).length).toBe(2);
    await nodeByLabel(page, 'Antrag prüfen').click();
    const palette = page.getByRole('complementary', { name: 'Elemente' });
    const kinds = ['Tätigkeit', 'Tätigkeit', 'Entscheidung', 'Dokument', 'Tätigkeit', 'Tätigkeit', 'Ende'];
    for (const [index, kind] of kinds.entries()) {
      // Halfway, nothing is selected any more: the next ones go beside the last added, still in free space.
      if (index === 5) {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
      await palette.getByRole('button', { name: `${kind} hinzufügen` }).click();
      await expect.poll(async () => (await rects(page)).length).toBe(3 + index);
    }
    const boxes = await rects(page);
    const overlapping: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        if (!apart) overlapping.push(`${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
      }),
    );
    expect(overlapping).toEqual([]);
    await context.close();
  });
});
