// Takes docs/screenshots/library.png and compare.png: a filled library, and version 1 compared with later edits.
// Run: npx tsx test/e2e/library-screenshots.ts
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addNode,
  asNodeId,
  connect,
  deleteNode,
  moveNode,
  relabelNode,
  setNodeAttrs,
  type NodeId,
} from '@prozesswerk/process-model';
import { addMember, createOrg } from '../../server/src/auth/accounts.ts';
import { removeDataDir, seedMember, type TestServer } from '../support/server.ts';
import { createProcessIn, launchChromium, startAppServer } from './support/app.ts';
import { writeGewerbeanmeldung } from './support/gewerbeanmeldung.ts';
import { seedMap } from './support/seed.ts';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

async function api(server: TestServer, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function fillLibrary(server: TestServer, orgId: string): Promise<string> {
  const kehl = (await createOrg(server.store, 'Stadt Kehl')).id;
  await addMember(server.store, { email: 'admin@test.de', name: 'Admin', orgId: kehl, role: 'admin' });
  const gewerbe = await createProcessIn(server, orgId, 'Gewerbeanmeldung');
  let ids: Record<string, string> = {};
  await seedMap(server, gewerbe, (doc) => (ids = writeGewerbeanmeldung(doc)));
  await api(server, 'PATCH', `/api/processes/${gewerbe}`, {
    description: 'Anmeldung eines stehenden Gewerbes nach § 14 GewO, vom Antrag bis zum Gewerbeschein.',
    leikaKey: '99050012104000',
    tier: 'referenz',
    tags: ['Gewerbe', 'Bürgerbüro'],
  });
  const agreedBy = [
    { name: 'Anna Schmidt', org: 'Stadt Musterhausen' },
    { name: 'Jonas Weber', org: 'Stadt Kehl' },
  ];
  await api(server, 'POST', `/api/processes/${gewerbe}/versions`, { name: 'Ergebnis Workshop 1', agreedBy });
  await api(server, 'POST', `/api/processes/${gewerbe}/versions/1/publish`, {});
  await api(server, 'POST', `/api/processes/${gewerbe}/versions/1/adopt`, { orgId: kehl });

  const more: [string, Record<string, unknown>][] = [
    ['Wohnsitzanmeldung', { tier: 'lokal', tags: ['Meldewesen'], status: 'workshop' }],
    [
      'Hundesteuer anmelden',
      { tier: 'lokal', tags: ['Steuern'], description: 'Anmeldung eines Hundes zur Hundesteuer.' },
    ],
    ['Sondernutzungserlaubnis', { tier: 'stamm', leikaKey: '99021003000000', tags: ['Straßenrecht'] }],
  ];
  for (const [title, meta] of more) {
    const id = await createProcessIn(server, orgId, title);
    await api(server, 'PATCH', `/api/processes/${id}`, meta);
  }

  // Later edits to the live Gewerbeanmeldung: one of each kind of change.
  const id = (key: string): NodeId => asNodeId(ids[key]!);
  await seedMap(server, gewerbe, (doc) => {
    deleteNode(doc, id('request'));
    relabelNode(doc, id('check'), 'Angaben prüfen und erfassen');
    setNodeAttrs(doc, id('check'), { durationMin: 25 });
    moveNode(doc, id('certificate'), 1190, 680);
    const added = addNode(doc, {
      kind: 'activity',
      label: 'Daten an Finanzamt übermitteln',
      x: 1500,
      y: 620,
      attrs: { medium: 'digital', durationMin: 2 },
    });
    connect(doc, { source: id('split'), target: added, sourceHandle: 'bottom', targetHandle: 'left' });
  });
  return gewerbe;
}

async function main(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchChromium();
  try {
    const orgId = (await createOrg(server.store, 'Stadt Musterhausen')).id;
    const gewerbe = await fillLibrary(server, orgId);
    const { email } = await seedMember(server, 'facilitator', orgId);
    const kehl = (await server.store.listOrgs()).find((org) => org.name === 'Stadt Kehl');
    if (kehl) await addMember(server.store, { email, name: 'facilitator', orgId: kehl.id, role: 'editor' });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.request.post(`${server.url}/api/auth/login`, {
      data: { email, password: 'passwort-123' },
      headers: { origin: server.url },
    });
    mkdirSync(OUT, { recursive: true });
    await page.goto(`${server.url}/`);
    await page.getByTestId('process-card').nth(4).waitFor();
    await page.screenshot({ path: `${OUT}/library.png` });

    await page.goto(`${server.url}/p/${gewerbe}/compare?from=1&to=live`);
    await page.locator('[data-status="added"]').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/compare.png` });
    console.log('Screenshots written to docs/screenshots/library.png and compare.png');
  } finally {
    await browser.close();
    await server.close();
    removeDataDir(server.dataDir);
  }
}

await main();
