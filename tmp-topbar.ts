import { createOrg } from './server/src/auth/accounts.ts';
import { createProcessIn, launchChromium, openAs, startAppServer } from './test/e2e/support/app.ts';
import { writeGewerbeanmeldung } from './test/e2e/support/gewerbeanmeldung.ts';
import { seedMap } from './test/e2e/support/seed.ts';

const server = await startAppServer();
const browser = await launchChromium();
const { id: orgId } = await createOrg(server.store, 'Stadt Musterhausen');
const processId = await createProcessIn(server, orgId, 'Gewerbeanmeldung für Einzelunternehmen');
await seedMap(server, processId, (doc) => writeGewerbeanmeldung(doc));
for (const [role, width] of [['facilitator', 1280], ['facilitator', 1440], ['facilitator', 1920], ['editor', 1024], ['commenter', 1280]] as const) {
  const user = await openAs(browser, server, processId, 'Frieda Moderation', { orgId, viewport: { width, height: 800 }, role });
  await user.page.locator('.react-flow__node-process').first().waitFor();
  await user.page.waitForTimeout(500);
  await user.page.screenshot({ path: `/tmp/topbar/${role}-${width}.png` });
  if (process.argv.includes('--panels') && role === 'facilitator' && width === 1440) {
    for (const name of ['Kommentare', 'Kennzahlen', 'Versionen']) {
      await user.page.getByRole('button', { name: new RegExp(name) }).first().click();
      await user.page.waitForTimeout(400);
      await user.page.screenshot({ path: `/tmp/topbar/panel-${name}.png` });
    }
  }
  await user.context.close();
}
await browser.close();
await server.close();
