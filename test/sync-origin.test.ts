// Cross-site WebSocket hijacking: a page of another origin cannot ride on a participant's cookie into /sync.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, roomName } from '@prozesswerk/protocol';
import { buildWorld, type World } from './support/personas.ts';
import { openFromPage } from './support/origin-socket.ts';
import { removeDataDir, startTestServer } from './support/server.ts';

describe('the /sync origin allow-list', () => {
  let world: World;
  let guestCookie: string;
  beforeAll(async () => {
    world = await buildWorld(await startTestServer({ ALLOWED_ORIGINS: 'https://workshop.kehl.example' }));
    guestCookie = world.personas.find((p) => p.name === 'guest of this process (editor link)')!.credentials
      .cookie!;
  });
  afterAll(async () => {
    await world.server.close();
    removeDataDir(world.server.dataDir);
  });
  const room = () => roomName(world.processId, 'map');

  it('refuses a socket opened by another site with the guest cookie before sending it anything', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:1', 'null']) {
      expect(await openFromPage(world.server.url, room(), { origin, cookie: guestCookie }), origin).toEqual({
        received: 0,
        closed: { code: CLOSE.originNotAllowed.code, reason: CLOSE.originNotAllowed.reason },
      });
    }
  });

  it("admits the server's own pages and configured origins", async () => {
    for (const origin of [world.server.url, 'https://workshop.kehl.example']) {
      const outcome = await openFromPage(world.server.url, room(), { origin, cookie: guestCookie });
      expect(outcome.closed, origin).toBeNull();
    }
  });

  it('admits a script without Origin that brings its own token', async () => {
    const outcome = await openFromPage(world.server.url, room(), {}, world.server.adminToken);
    expect(outcome.closed).toBeNull();
  });
});
