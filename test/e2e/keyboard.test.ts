// A whole process built by keyboard alone (no mouse event at all), and the other person sees the same map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer, type User } from './support/app.ts';
import { eventually, nodeByLabel } from './support/canvas.ts';
import { axeViolations } from './support/axe.ts';
import { arrowTo, focusSettlesOn, focusedName, tabTo, typeLabel } from './support/keyboard.ts';

let server: TestServer;
let browser: Browser;
let anna: User;
let jonas: User;
let processId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Gewerbeanmeldung');
  [anna, jonas] = await Promise.all([
    openAs(browser, server, processId, 'Anna Schmidt'),
    openAs(browser, server, processId, 'Jonas Weber'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

/** Every step and connection of the map as a screen reader names it, sorted. */
function mapAsSpoken(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  // Script strings: the test code is type-checked without the DOM library.
  return page.evaluate(`(() => {
    const names = (selector) =>
      [...document.querySelectorAll(selector)].map((element) => element.getAttribute('aria-label') ?? '').sort();
    return { nodes: names('.canvas .react-flow__node-process'), edges: names('.canvas .react-flow__edge') };
  })()`);
}

/** Counts pointer and mouse events the page received from the person (keyboard "clicks" are not among them). */
async function countMouseEvents(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.mouseEvents = 0;
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'mousemove', 'wheel']) {
      window.addEventListener(type, (event) => { if (event.isTrusted) window.mouseEvents++; }, true);
    }
  })()`);
}

/** From the focused step: E to its properties, the lane chosen in "Bahn", Escape back to the canvas. */
async function moveToLane(page: Page, lanePosition: number): Promise<void> {
  await page.keyboard.press('e');
  await tabTo(page, 'Bahn', { max: 4 });
  await page.keyboard.press('Home');
  for (let i = 0; i < lanePosition; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
}

async function connectTo(page: Page, target: string): Promise<void> {
  await page.keyboard.press('v');
  await focusSettlesOn(page, 'Ziel suchen');
  await page.keyboard.type(target);
  await page.keyboard.press('Enter');
}

describe('the canvas by keyboard alone', () => {
  it('creates, connects, names, deletes and restores a process with two lanes and a decision', async () => {
    const { page } = anna;
    await countMouseEvents(page);

    await tabTo(page, 'Bahn hinzufügen: Rolle');
    await page.keyboard.press('Enter');
    await typeLabel(page, 'Bürgerbüro');
    await focusSettlesOn(page, 'Bahn Bürgerbüro (Rolle)');
    await tabTo(page, 'Bahn hinzufügen: Organisationseinheit', { back: true });
    await page.keyboard.press('Enter');
    await typeLabel(page, 'Fachamt');
    await focusSettlesOn(page, 'Bahn Fachamt (Organisationseinheit)');

    await tabTo(page, 'Start hinzufügen', { back: true });
    await page.keyboard.press('Enter');
    await typeLabel(page, 'Antrag geht ein');
    await focusSettlesOn(page, 'Start „Antrag geht ein“');
    await moveToLane(page, 1);
    await focusSettlesOn(page, 'Start „Antrag geht ein“, Bahn Bürgerbüro');

    // N adds the next step already connected, in the same lane.
    await page.keyboard.press('n');
    await typeLabel(page, 'Antrag prüfen');
    await focusSettlesOn(page, 'Tätigkeit „Antrag prüfen“, Bahn Bürgerbüro, 1 Verbindung');
    await page.keyboard.press('e');
    await tabTo(page, 'Zuständige Rolle', { max: 6 });
    await page.keyboard.type('Sachbearbeitung');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Bearbeitungszeit');
    await page.keyboard.type('7,5');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await focusSettlesOn(page, 'Tätigkeit „Antrag prüfen“');

    await tabTo(page, 'Entscheidung hinzufügen', { back: true });
    await page.keyboard.press('Enter');
    await typeLabel(page, 'Vollständig?');
    await moveToLane(page, 1);
    await focusSettlesOn(page, 'Entscheidung „Vollständig?“, Bahn Bürgerbüro');

    await arrowTo(page, 'Tätigkeit „Antrag prüfen“');
    await connectTo(page, 'Vollständig');
    await focusSettlesOn(page, 'Verbindung von „Antrag prüfen“ nach „Vollständig?“');
    await page.keyboard.press('ArrowRight');
    await focusSettlesOn(page, 'Entscheidung „Vollständig?“');

    await page.keyboard.press('n');
    await typeLabel(page, 'Bescheid erstellen');
    await moveToLane(page, 2);
    await focusSettlesOn(page, 'Tätigkeit „Bescheid erstellen“, Bahn Fachamt');
    await page.keyboard.press('ArrowLeft');
    await focusSettlesOn(page, 'Verbindung von „Vollständig?“ nach „Bescheid erstellen“');
    await page.keyboard.press('F2');
    await typeLabel(page, 'ja');
    await focusSettlesOn(page, 'Verbindung „ja“ von „Vollständig?“ nach „Bescheid erstellen“');

    await page.keyboard.press('ArrowLeft');
    await focusSettlesOn(page, 'Entscheidung „Vollständig?“');
    await page.keyboard.press('n');
    await typeLabel(page, 'Unterlagen nachfordern');
    await page.keyboard.press('ArrowLeft');
    await focusSettlesOn(page, 'Verbindung von „Vollständig?“ nach „Unterlagen nachfordern“');
    await page.keyboard.press('Enter');
    await typeLabel(page, 'nein');
    await page.keyboard.press('ArrowRight');
    await focusSettlesOn(page, 'Tätigkeit „Unterlagen nachfordern“');
    await connectTo(page, 'Antrag prüfen');
    await focusSettlesOn(page, 'Verbindung von „Unterlagen nachfordern“ nach „Antrag prüfen“');

    await tabTo(page, 'Ende hinzufügen', { back: true });
    await page.keyboard.press('Enter');
    await typeLabel(page, 'Bescheid zugestellt');
    await moveToLane(page, 2);
    await focusSettlesOn(page, 'Ende „Bescheid zugestellt“, Bahn Fachamt');
    await arrowTo(page, 'Tätigkeit „Bescheid erstellen“');
    await connectTo(page, 'Bescheid zugestellt');
    await focusSettlesOn(page, 'Verbindung von „Bescheid erstellen“ nach „Bescheid zugestellt“');

    const built = {
      nodes: [
        'Ende „Bescheid zugestellt“, Bahn Fachamt, 1 Verbindung',
        'Entscheidung „Vollständig?“, Bahn Bürgerbüro, 3 Verbindungen',
        'Start „Antrag geht ein“, Bahn Bürgerbüro, 1 Verbindung',
        'Tätigkeit „Antrag prüfen“, Bahn Bürgerbüro, 3 Verbindungen',
        'Tätigkeit „Bescheid erstellen“, Bahn Fachamt, 2 Verbindungen',
        'Tätigkeit „Unterlagen nachfordern“, Bahn Bürgerbüro, 2 Verbindungen',
      ],
      edges: [
        'Verbindung von „Antrag geht ein“ nach „Antrag prüfen“',
        'Verbindung von „Antrag prüfen“ nach „Vollständig?“',
        'Verbindung von „Bescheid erstellen“ nach „Bescheid zugestellt“',
        'Verbindung von „Unterlagen nachfordern“ nach „Antrag prüfen“',
        'Verbindung „ja“ von „Vollständig?“ nach „Bescheid erstellen“',
        'Verbindung „nein“ von „Vollständig?“ nach „Unterlagen nachfordern“',
      ],
    };
    // Shift+1 shows the whole map, so that every element is drawn (the canvas draws only what is in view).
    await page.keyboard.press('Shift+!');
    await jonas.page.keyboard.press('Shift+!');
    await eventually(
      async () => JSON.stringify(await mapAsSpoken(page)) === JSON.stringify(built),
      'the whole map to show',
    );
    await eventually(
      async () => JSON.stringify(await mapAsSpoken(jonas.page)) === JSON.stringify(built),
      'the other browser to show the same map',
    );
    // The attributes set in the inspector reached the other browser too.
    await nodeByLabel(jonas.page, 'Antrag prüfen')
      .getByText(/7[,.]5 Min\./)
      .waitFor();

    // Delete puts the focus on the step before, never on the page; Ctrl+Z brings the step and its connections back.
    await arrowTo(page, 'Tätigkeit „Unterlagen nachfordern“');
    await page.keyboard.press('Delete');
    await focusSettlesOn(page, 'Entscheidung „Vollständig?“');
    await nodeByLabel(jonas.page, 'Unterlagen nachfordern').waitFor({ state: 'detached' });
    expect((await mapAsSpoken(page)).edges).toHaveLength(4);
    await page.keyboard.press('Control+z');
    await nodeByLabel(page, 'Unterlagen nachfordern').waitFor();
    await eventually(
      async () => JSON.stringify(await mapAsSpoken(page)) === JSON.stringify(built),
      'the step and its connections to come back',
    );
    await eventually(
      async () => JSON.stringify(await mapAsSpoken(jonas.page)) === JSON.stringify(built),
      'the other browser to show the step back',
    );

    expect(await page.evaluate<number>('window.mouseEvents')).toBe(0);
  });

  it('passes axe with the connect dialog open and in the text view with a step opened', async () => {
    const { page } = anna;
    await arrowTo(page, 'Tätigkeit „Antrag prüfen“');
    await page.keyboard.press('v');
    await focusSettlesOn(page, 'Ziel suchen');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await focusSettlesOn(page, 'Tätigkeit „Antrag prüfen“');

    await page.getByTestId('text-view-toggle').click();
    const view = page.getByTestId('text-view');
    await view.locator('.outline-step-toggle', { hasText: 'Antrag prüfen' }).first().click();
    await view.locator('.outline-step-editor').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('text-view-toggle').click();
    await page.locator('.canvas').waitFor();
  });

  it('shows a frozen version as text, read-only, and names its connections in German', async () => {
    const frozen = await fetch(`${server.url}/api/processes/${processId}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Abgestimmt' }),
    });
    expect(frozen.status).toBe(201);
    const { version } = (await frozen.json()) as { version: number };
    const { page } = jonas;
    await page.goto(`${server.url}/p/${processId}/v/${version}`);
    await page.getByTestId('static-map').waitFor();
    await eventually(
      async () => (await page.locator('.react-flow__edge[aria-label^="Verbindung"]').count()) === 6,
      'the connections to be named in German',
    );
    expect(await page.locator('.react-flow__edge[aria-label*="Edge"]').count()).toBe(0);

    await page.getByTestId('text-view-toggle').click();
    const view = page.getByTestId('text-view');
    await view.getByText('wenn ja → „Bescheid erstellen“').waitFor();
    expect(await view.getByTestId('text-step').count()).toBe(6);
    // Read-only: no step opens for editing.
    expect(await view.locator('.outline-step-toggle').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
