// E2E support: a fresh client build when sources changed, a real server serving it, and headless Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Role } from '@prozesswerk/protocol';
import { addMember } from '../../../server/src/auth/accounts.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLIENT_DIR = join(ROOT, 'client');
export const CLIENT_DIST = join(CLIENT_DIR, 'dist');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds client/dist unless it is newer than every client source (and the packages it bundles). */
export function ensureClientBuilt(): string {
  const index = join(CLIENT_DIST, 'index.html');
  const sources = [
    join(CLIENT_DIR, 'src'),
    join(CLIENT_DIR, 'build'),
    join(CLIENT_DIR, 'index.html'),
    join(CLIENT_DIR, 'vite.config.ts'),
    join(ROOT, 'packages/process-model/src'),
    join(ROOT, 'packages/protocol/src'),
    join(ROOT, 'packages/bpmn/src'),
  ];
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (sources.some((source) => newestMtime(source) > built)) {
    execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'pipe' });
  }
  return CLIENT_DIST;
}

export function startAppServer(env: Record<string, string> = {}): Promise<TestServer> {
  return startTestServer({ CLIENT_DIST: ensureClientBuilt(), ...env });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

export type User = { context: BrowserContext; page: Page };

/** Creates a member of the municipality with `role` and returns a session cookie for them. */
export async function signIn(
  server: TestServer,
  name: string,
  options: { role?: Role; orgId?: string } = {},
): Promise<string> {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@test.de`;
  const password = 'passwort-123';
  await addMember(server.store, {
    email,
    name,
    orgId: options.orgId ?? server.orgId,
    role: options.role ?? 'editor',
    password,
  });
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = /pw_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (response.status !== 200 || !cookie)
    throw new Error(`sign in ${name}: ${response.status} ${await response.text()}`);
  return decodeURIComponent(cookie);
}

const OPEN_TIMEOUT_MS = 30_000;

/** A browser context for one signed-in person, with the editor of `processId` open and online. */
export async function openAs(
  browser: Browser,
  server: TestServer,
  processId: string,
  name: string,
  options: { role?: Role; orgId?: string; viewport?: { width: number; height: number } } = {},
): Promise<User> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
  const session = await signIn(server, name, options);
  await context.addCookies([{ name: 'pw_session', value: session, url: server.url }]);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto(`${server.url}/p/${processId}`);
  // The first load is the heaviest step: the bundle, the whole map and its first drawing. On a busy machine (another
  // test file's browser beside this one) a large map takes longer than the 10 s each later step may take.
  await page
    .getByTestId('connection')
    .and(page.locator('[data-state="online"]'))
    .waitFor({ timeout: OPEN_TIMEOUT_MS });
  return { context, page };
}

/** Creates a process in a given municipality as the test's admin (who is made a member there first). */
export async function createProcessIn(server: TestServer, orgId: string, title: string): Promise<string> {
  await addMember(server.store, { email: 'admin@test.de', name: 'Admin', orgId, role: 'admin' });
  const response = await fetch(`${server.url}/api/processes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ title, orgId }),
  });
  if (response.status !== 201) throw new Error(`create process: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** A JSON request as the test's admin; anything but a success throws with the answer, so setup steps fail loudly. */
export async function adminApi(
  server: TestServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}
