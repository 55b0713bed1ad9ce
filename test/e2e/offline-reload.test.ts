// Reloading the editor without network in Chromium: the service worker's app shell opens the last local copy of map
// and discussion, read-write, and an edit made offline reaches the others after reconnecting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addNode, createThread } from '@prozesswerk/process-model';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer, type User } from './support/app.ts';
import { addActivity, eventually, nodeByLabel } from './support/canvas.ts';
import { seedDoc, seedMap } from './support/seed.ts';

let server: TestServer;
let browser: Browser;
let processId: string;
let anna: User;
let ben: User;

const connection = (page: Page, state: 'online' | 'offline') =>
  page.getByTestId('connection').and(page.locator(`[data-state="${state}"]`));

/** How many updates this browser keeps of a process document in IndexedDB (y-indexeddb's `updates` store). */
function localUpdates(page: Page, room: string): Promise<number> {
  // As a string: the test files are type-checked without the browser's types.
  return page.evaluate<number>(`new Promise((resolve) => {
    const open = indexedDB.open(${JSON.stringify(`prozesswerk:${room}`)});
    open.onerror = () => resolve(0);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('updates')) return (db.close(), resolve(0));
      const count = db.transaction('updates').objectStore('updates').count();
      count.onsuccess = () => (db.close(), resolve(count.result));
      count.onerror = () => (db.close(), resolve(0));
    };
  })`);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, 'Hundesteuer');
  await seedMap(server, processId, (doc) => {
    addNode(doc, { kind: 'activity', label: 'Anmeldung prüfen', x: 200, y: 120 });
  });
  await seedDoc(server, processId, 'discussion', (doc) => {
    createThread(doc, {
      anchor: { type: 'point', x: 40, y: 40 },
      author: server.admin,
      text: 'Gilt das auch für Zweithunde?',
    });
  });
  [anna, ben] = await Promise.all([
    openAs(browser, server, processId, 'Anna Außendienst'),
    openAs(browser, server, processId, 'Ben Büro'),
  ]);
});

afterAll(async () => {
  await anna?.context.close();
  await ben?.context.close();
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('reloading the editor offline', () => {
  it('opens the last local copy with the offline status, and an edit made then arrives after reconnecting', async () => {
    const { page, context } = anna;
    await nodeByLabel(page, 'Anmeldung prüfen').waitFor();
    await page.locator('[data-testid="discussion-pin"][data-anchor="point:40:40"]').waitFor();
    // The app shell is cached once the worker is active; the documents once IndexedDB holds them.
    expect(await page.evaluate<boolean>('navigator.serviceWorker.ready.then((r) => r.active !== null)')).toBe(
      true,
    );
    await eventually(
      async () =>
        (await localUpdates(page, `${processId}/map`)) > 0 &&
        (await localUpdates(page, `${processId}/discussion`)) > 0,
      'the local copies to be written',
    );

    await context.setOffline(true);
    await page.reload();
    await connection(page, 'offline').waitFor({ timeout: 20_000 });
    await nodeByLabel(page, 'Anmeldung prüfen').waitFor();
    await page.locator('[data-testid="discussion-pin"][data-anchor="point:40:40"]').waitFor();

    await addActivity(page, { x: 600, y: 420 }, 'Steuermarke ausgeben');
    expect(await nodeByLabel(ben.page, 'Steuermarke ausgeben').count()).toBe(0);

    await context.setOffline(false);
    await connection(page, 'online').waitFor({ timeout: 20_000 });
    await nodeByLabel(ben.page, 'Steuermarke ausgeben').waitFor({ timeout: 20_000 });
  });

  it('keeps only the app shell in the worker’s cache: no answer of /api or /sync', async () => {
    const cached = await anna.page.evaluate<string[]>(`(async () => {
      const paths = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      }
      return paths;
    })()`);
    expect(cached).toContain('/index.html');
    expect(cached.some((path) => path.startsWith('/assets/'))).toBe(true);
    expect(cached.filter((path) => /^\/(api|sync)\//.test(path))).toEqual([]);
  });
});
