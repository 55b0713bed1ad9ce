// First load on weak Wi-Fi: the demo process's editor opened in headless Chromium with an empty cache, once with the
// network throttled to 1.6 Mbit/s and 150 ms round trips (a municipal meeting room), once unthrottled; from
// navigation to the map's steps painted, with the bytes that went over the wire.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { parseConfig } from '../../../server/src/config.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../../../server/src/demo/seed.ts';
import { startServer, type RunningServer } from '../../../server/src/server.ts';
import type { Benchmark } from '../benchmark.ts';
import { ensureClientBuilt } from './render.ts';

const CLIENT_DIST = resolve(fileURLToPath(import.meta.url), '../../../../client/dist');
const TARGET_THROTTLED_MS = 2500;
/** 1.6 Mbit/s in bytes per second, both ways, and 150 ms added to every round trip. */
const WEAK_WIFI = { latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 };

type Load = { ms: number; bytes: number; requests: number };
export type FirstLoadResult = { throttled: Load; unthrottled: Load };

async function signIn(server: RunningServer): Promise<{ cookie: string; processId: string }> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_PEOPLE[0].email, password: DEMO_PASSWORD }),
  });
  const cookie = /pw_session=([^;]+)/.exec(login.headers.getSetCookie().join(', '))?.[1];
  if (!cookie) throw new Error(`demo sign-in: ${login.status}`);
  const listed = await fetch(`${server.url}/api/processes`, { headers: { cookie: `pw_session=${cookie}` } });
  const { processes } = (await listed.json()) as { processes: { id: string }[] };
  if (!processes[0]) throw new Error('the demo has no process');
  return { cookie: decodeURIComponent(cookie), processId: processes[0].id };
}

async function openEditor(
  browser: Browser,
  url: string,
  cookie: string,
  throttle: typeof WEAK_WIFI | null,
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
  try {
    // For the whole site: a cookie set for the editor's URL would have its path and miss /api.
    await context.addCookies([{ name: 'pw_session', value: cookie, url: new URL(url).origin }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...throttle });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      requests++;
    });
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page
      .locator('.react-flow__node')
      .nth(2)
      .waitFor({ state: 'visible', timeout: 120_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: join(tmpdir(), 'first-load-failed.png') });
        throw error;
      });
    return { ms: performance.now() - started, bytes, requests };
  } finally {
    await context.close();
  }
}

export async function runFirstLoadBench(progress: (message: string) => void): Promise<FirstLoadResult> {
  ensureClientBuilt(progress);
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-first-load-'));
  const server = await startServer(
    parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIST }),
    () => undefined,
    { demo: true },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const { cookie, processId } = await signIn(server);
    const url = `${server.url}/p/${processId}`;
    progress('first-load: the demo editor, unthrottled');
    const unthrottled = await openEditor(browser, url, cookie, null);
    progress('first-load: the demo editor at 1.6 Mbit/s, 150 ms');
    const throttled = await openEditor(browser, url, cookie, WEAK_WIFI);
    return { throttled, unthrottled };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const row = (name: string, load: Load) =>
  `  ${name.padEnd(22)} ${load.ms.toFixed(0).padStart(6)} ms  ${(load.bytes / 1024).toFixed(0).padStart(6)} KiB in ${load.requests} requests`;

export const firstLoadBenchmark: Benchmark = {
  name: 'first-load',
  description: 'the demo editor opened with an empty cache, throttled to 1.6 Mbit/s / 150 ms and unthrottled',
  scenarioIds: ['demo-editor'],
  async run(options) {
    const result = await runFirstLoadBench(options.progress);
    const ok = result.throttled.ms <= TARGET_THROTTLED_MS;
    const text = [
      'first load of the demo editor (production build, empty cache, headless Chromium)',
      row('1.6 Mbit/s, 150 ms', result.throttled) + `   target ≤ ${TARGET_THROTTLED_MS} ms`,
      row('unthrottled', result.unthrottled),
    ].join('\n');
    return {
      ok: true,
      text: ok ? text : `${text}\n  ABOVE TARGET`,
      data: { ...result, targetThrottledMs: TARGET_THROTTLED_MS },
    };
  },
};
