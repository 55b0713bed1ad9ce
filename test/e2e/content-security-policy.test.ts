// The strict Content-Security-Policy in Chromium: the real client works under it (editor, PNG export, process sheet,
// library, sign-in), and no other site can frame it.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addNode, connect } from '@prozesswerk/process-model';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer } from './support/app.ts';
import { nodeByLabel } from './support/canvas.ts';
import { seedMap } from './support/seed.ts';

let server: TestServer;
let browser: Browser;
let processId: string;

/** Collects every CSP violation the page reports, from the DOM event and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  // A string, not a function: this file is typed without the DOM library.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      window.reportCspViolation(event.violatedDirective + ' blocked ' + event.blockedURI));`,
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchChromium();
  processId = await createProcess(server, 'Gewerbeanmeldung');
  await seedMap(server, processId, (doc) => {
    const start = addNode(doc, { kind: 'start', label: 'Antrag eingegangen', x: 0, y: 0 });
    const check = addNode(doc, { kind: 'activity', label: 'Antrag prüfen', x: 200, y: 0 });
    connect(doc, { source: start, target: check });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('under the Content-Security-Policy', () => {
  it('runs the editor, the PNG export, the process sheet and the library without a violation', async () => {
    const { context, page } = await openAs(browser, server, processId, 'Anna');
    const violations = await watchViolations(page);
    await page.reload();
    await nodeByLabel(page, 'Antrag prüfen').waitFor();
    await page.getByRole('button', { name: 'Kennzahlen' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('metrics-panel').getByRole('button', { name: 'Als PNG speichern' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await page.getByTestId('metrics-panel').getByRole('link', { name: 'Prozessblatt (Druck/PDF)' }).click();
    await page.getByTestId('process-sheet').waitFor();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(`${server.url}/login?next=/%5Cevil.example/x`);
    await page.getByLabel('E-Mail-Adresse').waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('cannot be framed by another site', async () => {
    // Another origin (a different port) that embeds the editor in an iframe.
    const foreign: Server = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(`<!doctype html><iframe id="victim" src="${server.url}/p/${processId}"></iframe>`);
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    const address = foreign.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const page = await browser.newPage();
    try {
      const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
      await page.goto(`http://127.0.0.1:${port}/`);
      await refused;
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(await frame?.locator('#root').count()).toBe(0);
    } finally {
      await page.close();
      await new Promise((resolve) => foreign.close(resolve));
    }
  });
});
