// The discussion outside the editor, in Chromium: unread badges in the library, a frozen version's threads, the
// decision log download.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addNode, createThread, reply, resolveThread, type NodeId } from '@prozesswerk/process-model';
import { fetchWithBearer } from '../support/api.ts';
import { createProcess, removeDataDir, seedMember, type TestServer } from '../support/server.ts';
import { launchChromium, startAppServer } from './support/app.ts';
import { seedDoc, seedMap } from './support/seed.ts';

const TITLE = 'Gewerbeanmeldung';
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let processId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  processId = await createProcess(server, TITLE);
  const reader = await seedMember(server, 'viewer');

  let step = '' as NodeId;
  await seedMap(server, processId, (doc) => {
    step = addNode(doc, { kind: 'activity', label: 'Gebühr erheben', x: 200, y: 100 });
  });
  const anna = server.admin;
  await seedDoc(server, processId, 'discussion', (doc) => {
    const thread = createThread(doc, {
      anchor: { type: 'node', id: step },
      author: anna,
      text: 'Barzahlung abschaffen?',
    });
    reply(doc, thread, { author: anna, text: '@viewer bitte prüfen', mentions: [reader.userId] });
    resolveThread(doc, thread, { by: anna, decision: 'Nur noch Kartenzahlung und ePayBL.' });
  });
  const frozen = await fetchWithBearer(
    server,
    server.adminToken,
    'POST',
    `/api/processes/${processId}/versions`,
    {
      name: 'Workshop März',
    },
  );
  expect(frozen.status).toBe(201);

  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  await page.goto(`${server.url}/login`);
  const login = await page.request.post(`${server.url}/api/auth/login`, {
    data: { email: reader.email, password: 'passwort-123' },
    headers: { origin: server.url },
  });
  expect(login.status()).toBe(200);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe('the discussion in the library and in frozen versions', () => {
  it('shows another member what is unread and where they were mentioned, on the library card', async () => {
    await page.goto(`${server.url}/`);
    const card = page.getByTestId('process-card').filter({ hasText: TITLE });
    await expect.poll(() => card.getByTestId('unread-badge').textContent()).toBe('1 ungelesen');
    expect(await card.getByTestId('unread-badge').getAttribute('aria-label')).toBe(
      '1 Diskussion mit neuen Beiträgen seit Ihrem letzten Besuch',
    );
    expect(await card.getByTestId('mention-badge').textContent()).toBe('1 Erwähnung');
  });

  it('shows the version’s thread read-only, with its element, decision and comments, and a pin', async () => {
    await page.goto(`${server.url}/p/${processId}/v/1`);
    const thread = page.getByTestId('version-thread');
    await thread.waitFor();
    expect(await thread.getByRole('heading', { level: 4 }).textContent()).toBe('Tätigkeit „Gebühr erheben“');
    const text = await thread.textContent();
    expect(text).toContain('Erledigt');
    expect(text).toContain('Nur noch Kartenzahlung und ePayBL.');
    expect(text).toContain('Barzahlung abschaffen?');
    expect(text).toContain('Erledigt von Admin');
    await page.getByRole('button', { name: '1 Diskussion zu „Gebühr erheben“ anzeigen' }).click();
    await expect.poll(() => page.locator('[data-testid="version-thread"]:focus').count()).toBe(1);
    // Nothing on the page lets a reader write to the frozen discussion.
    expect(await page.getByRole('textbox').count()).toBe(0);
  });

  it('downloads the version’s decision log as a Markdown file with the decision', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Entscheidungsprotokoll (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Entscheidungsprotokoll-${TITLE}-Version-1.md`);
    const markdown = readFileSync(await download.path(), 'utf8');
    // Headed so it can go into a council record as it is: process, municipality, version and freeze date.
    expect(markdown).toMatch(
      new RegExp(
        `^# Entscheidungsprotokoll: ${TITLE}\\n\\n\\*\\*Kommune:\\*\\* Testhausen {2}\\n` +
          '\\*\\*Stand:\\*\\* Version 1 „Workshop März“, eingefroren am \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d Uhr\\n',
      ),
    );
    expect(markdown).toContain('**Entscheidung:** Nur noch Kartenzahlung und ePayBL.');
  });
});
