// A room at its memory budget: an edit past it is refused, named to the person with the reason, and leaves the screen.
import { afterAll, beforeAll, describe, it } from 'vitest';
import * as Y from 'yjs';
import type { Browser } from 'playwright-core';
import { addNode } from '@prozesswerk/process-model';
import { DELETED_STRUCT_WEIGHT } from '../../server/src/sync/struct-weight.ts';
import { createProcess, removeDataDir, type TestServer } from '../support/server.ts';
import { launchChromium, openAs, startAppServer } from './support/app.ts';
import { eventually, flowPosition, nodeByLabel } from './support/canvas.ts';
import { seedMap } from './support/seed.ts';

const MAX_ROOM_STRUCTS = 400;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startAppServer({ MAX_ROOM_STRUCTS: String(MAX_ROOM_STRUCTS) }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

/** What the room's items weigh against its budget, item by item. */
function weight(doc: Y.Doc): number {
  let sum = 0;
  for (const structs of doc.store.clients.values())
    for (const struct of structs) sum += struct.deleted ? DELETED_STRUCT_WEIGHT : 1;
  return sum;
}

describe('a room at its memory budget', () => {
  it('refuses a nudge, says why in words, and shows the stored map again', async () => {
    const processId = await createProcess(server, 'Gewerbeanmeldung');
    await seedMap(server, processId, (doc) => {
      addNode(doc, { kind: 'activity', label: 'Antrag prüfen', x: 80, y: 120 });
    });
    // Others filled the room up to its budget (in a map the editor does not show): no room for a move's two items.
    await seedMap(server, processId, (doc) => {
      const fill = doc.getMap('fill');
      const room = Math.floor(MAX_ROOM_STRUCTS - weight(doc));
      doc.transact(() => {
        for (let n = 0; n < room; n++) fill.set(`k${n}`, n);
      });
    });
    const emma = await openAs(browser, server, processId, 'Emma Offenburg', { role: 'editor' });
    const step = nodeByLabel(emma.page, 'Antrag prüfen');
    const before = await flowPosition(step);
    await step.click();
    await emma.page.keyboard.press('Control+ArrowRight');

    await emma.page
      .getByTestId('refusal-notice')
      .getByText(
        'Der Prozess hat die Größengrenze des Servers erreicht (bitte Ihre IT-Administration informieren) – Ihre Änderung an „Antrag prüfen“ wurde nicht übernommen.',
      )
      .waitFor();
    await eventually(
      async () => (await flowPosition(step)).x === before.x,
      'the refused nudge to leave the map',
    );
    await emma.page.getByTestId('save-status').getByText('Alle Änderungen gespeichert').waitFor();
    await emma.context.close();
  });
});
