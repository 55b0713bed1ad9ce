// Takes docs/screenshots/discussion.png: comment pins on Gewerbeanmeldung and an open thread with a mention. Run: npx tsx test/e2e/discussion-screenshot.ts
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { createThread, reply, resolveThread } from '@prozesswerk/process-model';
import { createOrg } from '../../server/src/auth/accounts.ts';
import { removeDataDir } from '../support/server.ts';
import { createProcessIn, launchChromium, openAs, startAppServer } from './support/app.ts';
import { writeGewerbeanmeldung } from './support/gewerbeanmeldung.ts';
import { seedMap } from './support/seed.ts';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const hoursAgo = (hours: number) => Date.now() - hours * 3_600_000;

/**
 * Writes the discussion of several people as the server would (an import): through a socket the server takes
 * only what the socket's own person writes.
 */
function seedDiscussion(
  server: {
    sync: { docs: { change(id: string, channel: 'discussion', edit: (doc: Y.Doc) => void): Promise<void> } };
  },
  processId: string,
  write: (doc: Y.Doc) => void,
): Promise<void> {
  return server.sync.docs.change(processId, 'discussion', write);
}

async function main(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchChromium();
  try {
    const { id: orgId } = await createOrg(server.store, 'Stadt Musterhausen');
    const processId = await createProcessIn(server, orgId, 'Gewerbeanmeldung');
    let ids: Record<string, string> = {};
    await seedMap(server, processId, (doc) => {
      ids = writeGewerbeanmeldung(doc);
    });
    const viewport = { width: 1920, height: 1080 };
    const paul = await openAs(browser, server, processId, 'Paul Becker', { orgId, viewport });
    const paulId = await paul.page.evaluate(async () => {
      const session = (await (await fetch('/api/auth/session')).json()) as { user: { id: string } };
      return session.user.id;
    });
    const sabine = { id: 'guest-sabine', name: 'Sabine Krüger', org: 'Landkreis Nordheide' };
    const frieda = { id: 'user-frieda', name: 'Frieda Moderation', org: 'Stadt Musterhausen' };
    const paulPerson = { id: paulId, name: 'Paul Becker' };
    await seedDiscussion(server, processId, (doc) => {
      const fee = createThread(doc, {
        anchor: { type: 'node', id: ids.fee ?? '' },
        author: sabine,
        text: 'Bei uns wird die Gebühr erst nach der Prüfung festgesetzt. Ist die Reihenfolge hier Absicht?',
        now: hoursAgo(30),
      });
      reply(doc, fee, {
        author: frieda,
        text: '@Paul Becker kannst du das mit der Kasse klären?',
        mentions: [paulId],
        now: hoursAgo(2),
      });
      const complete = createThread(doc, {
        anchor: { type: 'node', id: ids.complete ?? '' },
        author: paulPerson,
        text: 'Welche Unterlagen gelten als vollständig? Das braucht eine Checkliste.',
        now: hoursAgo(50),
      });
      resolveThread(doc, complete, {
        by: frieda,
        decision: 'Checkliste aus dem Landesportal wird übernommen.',
        now: hoursAgo(40),
      });
      createThread(doc, {
        anchor: { type: 'node', id: ids.notify ?? '' },
        author: sabine,
        text: 'Hier fehlt die Rechtsgrundlage (§ 14 GewO).',
        now: hoursAgo(1),
      });
    });
    await paul.page.reload();
    await paul.page.locator('.react-flow__node-process').nth(13).waitFor();
    await paul.page.locator(`[data-testid="discussion-pin"][data-anchor="node:${ids.fee}"]`).click();
    await paul.page.locator('#editor-discussion').getByText('kannst du das').waitFor();
    await paul.page.waitForTimeout(800);
    mkdirSync(DIR, { recursive: true });
    await paul.page.screenshot({ path: resolve(DIR, 'discussion.png') });
    console.log('Screenshot written to docs/screenshots/discussion.png');
  } finally {
    await browser.close();
    await server.close();
    removeDataDir(server.dataDir);
  }
}

await main();
