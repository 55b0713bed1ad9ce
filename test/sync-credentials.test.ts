// Ending a credential leaves no socket able to write: logout, expiry, CLI revocation and membership changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, roomName } from '@prozesswerk/protocol';
import { hashSecret, newSecret } from '../server/src/auth/tokens.ts';
import { readStoredDoc } from '../server/src/library/stored-docs.ts';
import { runCli } from './support/cli.ts';
import { waitFor } from './support/clients.ts';
import { joinAsGuest, sessionCookieOf } from './support/personas.ts';
import { connectAs, type ObservedClient } from './support/raw-client.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

describe('sockets of an ended credential (SQLite)', () => {
  let server: TestServer;
  let processId: string;
  const clients: ObservedClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ ACCESS_POLL_MS: '100' });
    processId = await createProcess(server);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  const open = async (credentials: { bearer?: string; cookie?: string }) => {
    const client = connectAs(server.url, roomName(processId, 'map'), credentials, {
      reconnectLikeTheApp: true,
    });
    clients.push(client);
    await waitFor(() => client.provider.synced, 15_000, 'sync');
    return client;
  };
  const storedKeys = async () => {
    const doc = await readStoredDoc(server.store, processId, 'map');
    return [...doc.getMap('probe').keys()];
  };
  /** Writes through the socket after it was closed, then checks that nothing of it was stored. */
  const expectClosedWith = async (
    client: ObservedClient,
    close: { code: number; reason: string },
    key: string,
  ) => {
    await waitFor(() => client.closes.length > 0, 15_000, `the close (${close.reason})`);
    expect(client.closes[0]).toEqual(close);
    client.doc.getMap('probe').set(key, true);
    expect(await storedKeys()).not.toContain(key);
  };

  it('closes the sockets of a session when its person signs out', async () => {
    const member = await seedMember(server, 'editor');
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: member.email, password: 'passwort-123' }),
    });
    const cookie = sessionCookieOf(login);
    const client = await open({ cookie });
    client.doc.getMap('probe').set('before-logout', true);
    await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie, origin: server.url } });
    await expectClosedWith(
      client,
      { code: CLOSE.forbidden.code, reason: CLOSE.forbidden.reason },
      'after-logout',
    );
  });

  it('closes a guest socket at the moment its link expires', async () => {
    const invite = { id: `invite-${newSecret().slice(0, 8)}`, token: newSecret() };
    // Time enough to join and sync on a busy machine; the link must not run out before that.
    const expiresAt = Date.now() + 8000;
    await server.store.createInvite({
      id: invite.id,
      tokenHash: hashSecret(invite.token),
      processId,
      role: 'editor',
      createdBy: 'test',
      createdAt: new Date().toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
      maxUses: 1,
    });
    const client = await open({ cookie: await joinAsGuest(server, invite.token, 'Gast auf Zeit') });
    await waitFor(() => client.closes.length > 0, 20_000, 'the close at expiry');
    // Closed when the link ran out, not before (the timestamp is stored in whole milliseconds).
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt - 1);
    await expectClosedWith(
      client,
      { code: CLOSE.credentialExpired.code, reason: CLOSE.credentialExpired.reason },
      'after-expiry',
    );
  });

  it('closes sockets when the CLI, in another process, revokes a token or changes a role', async () => {
    const [revoked, moved] = [await seedMember(server, 'editor'), await seedMember(server, 'editor')];
    const [revokedClient, movedClient] = [
      await open({ bearer: revoked.token }),
      await open({ bearer: moved.token }),
    ];
    const cli = { DATA_DIR: server.dataDir };
    await Promise.all([
      runCli(['token', 'revoke', '--token', revoked.token], cli),
      runCli(
        [
          'user',
          'create',
          '--email',
          moved.email,
          '--name',
          'editor',
          '--org',
          server.orgId,
          '--role',
          'viewer',
        ],
        cli,
      ),
    ]);
    await expectClosedWith(
      revokedClient,
      { code: CLOSE.forbidden.code, reason: CLOSE.forbidden.reason },
      'after-revoke',
    );
    // A changed role closes to reconnect: the socket comes back as a viewer and may no longer write.
    await waitFor(() => movedClient.closes.length > 0, 5000, 'the close');
    expect(movedClient.closes[0]).toEqual({
      code: CLOSE.accessChanged.code,
      reason: CLOSE.accessChanged.reason,
    });
    await waitFor(() => movedClient.provider.synced, 5000, 'the reconnect');
    movedClient.doc.getMap('probe').set('as-viewer', true);
    await waitFor(() => movedClient.denials.length > 0, 5000, 'the refusal');
    expect(movedClient.denials[0]).toBe('permission-denied:read-only-role');
    expect(await storedKeys()).not.toContain('as-viewer');
  });
});
