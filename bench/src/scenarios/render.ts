// Render benchmark: a 1000-node / 1200-edge map in headless Chromium (production build): first render and drag frame rate.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MESSAGE } from '@prozesswerk/protocol';
import * as decoding from 'lib0/decoding';
import { addMember, createOrg, issueAccessToken } from '../../../server/src/auth/accounts.ts';
import { parseConfig } from '../../../server/src/config.ts';
import { startServer, type RunningServer } from '../../../server/src/server.ts';
import type { Benchmark } from '../benchmark.ts';
import { LARGE_MAP_EDGES as EDGES, LARGE_MAP_NODES as NODES, writeLargeMap } from './large-map.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const CLIENT = join(ROOT, 'client');
const DRAG_SECONDS = 3;
const TARGETS = { firstRenderMs: 1000, dragFps: 55 };

export type RenderBenchResult = {
  /** From the canvas mounting with the synced map to the visible nodes painted and measured. */
  firstRenderMs: number;
  /** Frames per second while a node is dragged for ~3 s (requestAnimationFrame count). */
  dragFps: number;
  /** From navigation to the nodes painted: bundle, session, sync of the whole map and render. */
  pageLoadMs: number;
  /** Process nodes in the DOM after the first render (React Flow renders only the visible ones). */
  renderedNodes: number;
  /**
   * CPU time per drag frame of the page's main thread and of the whole renderer process (raster included).
   * Unlike the frame rate these hardly depend on other load on the machine; the budget for 60 fps is 16.7 ms.
   */
  dragMainThreadCpuMsPerFrame: number;
  dragRendererCpuMsPerFrame: number;
};

export async function runRenderBench(
  progress: (message: string) => void = () => undefined,
): Promise<RenderBenchResult> {
  ensureClientBuilt(progress);
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-render-bench-'));
  const server = await startServer(
    parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIST: join(CLIENT, 'dist') }),
    () => undefined,
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
    const { processId, token, cookie } = await prepareProcess(server);
    progress(`render: writing ${NODES} nodes and ${EDGES} edges`);
    await seedLargeMap(server.url, processId, token);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name: 'pw_session', value: cookie, url: server.url }]);
    const page = await context.newPage();
    progress('render: opening the map in Chromium');
    await page.goto(`${server.url}/p/${processId}`);
    const firstRender = await measureFirstRender(page);
    progress(`render: dragging a node for ${DRAG_SECONDS} s`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await cpuSeconds(cdp);
    const { fps: dragFps, frames } = await measureDrag(page);
    const after = await cpuSeconds(cdp);
    await context.close();
    return {
      ...firstRender,
      dragFps,
      dragMainThreadCpuMsPerFrame: ((after.thread - before.thread) * 1000) / frames,
      dragRendererCpuMsPerFrame: ((after.process - before.process) * 1000) / frames,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** For `npm run bench`: register in scenarios/index.ts to run it with the other benchmarks. */
export const renderBenchmark: Benchmark = {
  name: 'render',
  description: `editor render of ${NODES} nodes / ${EDGES} edges in headless Chromium`,
  scenarioIds: ['large-map'],
  async run(options) {
    const result = await runRenderBench(options.progress);
    const ok = result.firstRenderMs <= TARGETS.firstRenderMs && result.dragFps >= TARGETS.dragFps;
    const text = [
      `render (${NODES} nodes, ${EDGES} edges, production build, headless Chromium)`,
      `  first render   ${result.firstRenderMs.toFixed(0).padStart(6)} ms   target ≤ ${TARGETS.firstRenderMs} ms`,
      `  drag           ${result.dragFps.toFixed(1).padStart(6)} fps  target ≥ ${TARGETS.dragFps} fps`,
      `  page load      ${result.pageLoadMs.toFixed(0).padStart(6)} ms   (navigation → painted, incl. sync)`,
      `  nodes in DOM   ${String(result.renderedNodes).padStart(6)}      (only visible ones are rendered)`,
      `  drag CPU/frame ${result.dragMainThreadCpuMsPerFrame.toFixed(1).padStart(6)} ms   main thread (budget 16.7 ms)`,
      `                 ${result.dragRendererCpuMsPerFrame.toFixed(1).padStart(6)} ms   whole renderer process`,
    ].join('\n');
    return { ok: true, text: ok ? text : `${text}\n  BELOW TARGET`, data: { ...result, targets: TARGETS } };
  },
};

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestMtime(join(path, entry))),
    stat.mtimeMs,
  );
}

export function ensureClientBuilt(progress: (message: string) => void): void {
  const index = join(CLIENT, 'dist', 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = [
    join(CLIENT, 'src'),
    join(CLIENT, 'build'),
    join(CLIENT, 'index.html'),
    join(CLIENT, 'vite.config.ts'),
    join(ROOT, 'packages/process-model/src'),
    join(ROOT, 'packages/protocol/src'),
  ];
  if (sources.some((source) => newestMtime(source) > built)) {
    progress('render: building the client');
    execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'pipe' });
  }
}

async function prepareProcess(
  server: RunningServer,
): Promise<{ processId: string; token: string; cookie: string }> {
  const { id: orgId } = await createOrg(server.store, 'Benchstadt');
  const email = 'bench@bench.de';
  const password = 'passwort-123';
  await addMember(server.store, { email, name: 'Bench', orgId, role: 'editor', password });
  const { token } = await issueAccessToken(server.store, email);
  const created = await fetch(`${server.url}/api/processes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title: 'Großer Prozess', orgId }),
  });
  if (created.status !== 201) throw new Error(`create process: ${created.status} ${await created.text()}`);
  const { id: processId } = (await created.json()) as { id: string };
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = /pw_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`login: ${login.status}`);
  return { processId, token, cookie: decodeURIComponent(cookie) };
}

async function seedLargeMap(url: string, processId: string, token: string): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/sync`, `${processId}/map`, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { ack: '1', token },
    disableBc: true,
  });
  let stored = 0;
  provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) => {
    const stateVector = decoding.readVarUint8Array(decoder);
    stored = Math.max(stored, Y.decodeStateVector(stateVector).get(doc.clientID) ?? 0);
  };
  try {
    await waitUntil(() => provider.synced, 10_000, 'the seeding client to sync');
    writeLargeMap(doc);
    const clock = Y.getState(doc.store, doc.clientID);
    await waitUntil(() => stored >= clock, 30_000, 'the large map to be stored');
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

// Page scripts are strings: this package compiles without DOM types.
// Done when the painted nodes and the viewport stay the same for 5 frames; the time is that of the first of them.
const FIRST_RENDER_SCRIPT = `new Promise((resolve, reject) => {
  const started = performance.now();
  let last = '', since = 0, frames = 0;
  const check = () => {
    const mount = performance.getEntriesByName('prozesswerk:canvas-mount')[0];
    const nodes = document.querySelectorAll('.react-flow__node-process');
    const edges = document.querySelectorAll('.react-flow__edge');
    const viewport = document.querySelector('.react-flow__viewport');
    const painted = nodes.length > 0 && edges.length > 0 &&
      [...nodes].every((node) => getComputedStyle(node).visibility !== 'hidden');
    const state = painted ? nodes.length + '|' + edges.length + '|' + viewport.style.transform : '';
    const now = performance.now();
    if (state !== last) { last = state; since = now; frames = 0; } else frames++;
    if (mount && painted && frames >= 5) {
      return resolve({ firstRenderMs: since - mount.startTime, pageLoadMs: since, renderedNodes: nodes.length });
    }
    if (performance.now() - started > 30000) return reject(new Error('the map did not render within 30 s'));
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

type FirstRender = Pick<RenderBenchResult, 'firstRenderMs' | 'pageLoadMs' | 'renderedNodes'>;

async function measureFirstRender(page: Page): Promise<FirstRender> {
  return (await page.evaluate(FIRST_RENDER_SCRIPT)) as FirstRender;
}

async function cpuSeconds(cdp: CDPSession): Promise<{ thread: number; process: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { thread: value('ThreadTime'), process: value('ProcessTime') };
}

const START_FRAME_COUNT = `(() => {
  window.__frames = 0;
  window.__counting = true;
  const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  window.__countStart = performance.now();
})()`;
const STOP_FRAME_COUNT = `(() => {
  window.__counting = false;
  return { frames: window.__frames, ms: performance.now() - window.__countStart };
})()`;

async function measureDrag(page: Page): Promise<{ fps: number; frames: number }> {
  const node = await nodeNearestCentre(page);
  const box = await node.boundingBox();
  if (!box) throw new Error('no node to drag');
  let x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10, y + 5, { steps: 2 });
  await page.evaluate(START_FRAME_COUNT);
  const end = Date.now() + DRAG_SECONDS * 1000;
  let step = 3;
  for (let i = 0; Date.now() < end; i++) {
    if (i % 100 === 0) step = -step;
    x += step;
    await page.mouse.move(x, y + Math.sin(i / 10) * 30);
    // About 125 moves a second, like a real mouse; flooding input would measure the input queue instead.
    await new Promise((done) => setTimeout(done, 8));
  }
  const { frames, ms } = (await page.evaluate(STOP_FRAME_COUNT)) as { frames: number; ms: number };
  await page.mouse.up();
  return { fps: (frames * 1000) / ms, frames };
}

/** The node closest to the middle of the canvas, so panels never cover it. */
async function nodeNearestCentre(page: Page) {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  const index = (await page.evaluate(`(() => {
    const cx = ${pane.x + pane.width / 2}, cy = ${pane.y + pane.height / 2};
    const nodes = [...document.querySelectorAll('.react-flow__node-process')];
    const distance = (node) => { const r = node.getBoundingClientRect();
      return Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy); };
    return nodes.reduce((best, node, i) => (distance(node) < distance(nodes[best]) ? i : best), 0);
  })()`)) as number;
  return page.locator('.react-flow__node-process').nth(index);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runRenderBench((message) => console.error(message));
  console.log(JSON.stringify(result, null, 2));
}
