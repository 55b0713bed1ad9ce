// An administrator's change to a membership reaches the person's open sockets at once, not on their next visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, roomName } from '@prozesswerk/protocol';
import { createOrg } from '../server/src/auth/accounts.ts';
import { fetchWithBearer } from './support/api.ts';
import { waitFor } from './support/clients.ts';
import { connectAs, type ObservedClient } from './support/raw-client.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

describe('membership changes on open connections', () => {
  let server: TestServer;
  let processId: string;
  const clients: ObservedClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    processId = await createProcess(server);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  const connectMember = (token: string) => {
    const client = connectAs(
      server.url,
      roomName(processId, 'map'),
      { bearer: token },
      { reconnectLikeTheApp: true },
    );
    clients.push(client);
    return client;
  };
  const setRole = (email: string, role: string) =>
    fetchWithBearer(server, server.adminToken, 'PUT', `/api/orgs/${server.orgId}/members`, {
      email,
      name: '',
      role,
    });

  it('a demoted editor is reconnected as a viewer and can no longer change the map', async () => {
    const member = await seedMember(server, 'editor');
    const client = connectMember(member.token);
    await waitFor(() => client.provider.synced, 5000, 'first sync');
    client.doc.getMap('probe').set('before', true);

    expect((await setRole(member.email, 'viewer')).status).toBe(200);
    await waitFor(() => client.closes.length > 0, 5000, 'close');
    expect(client.closes[0]).toEqual({ code: CLOSE.accessChanged.code, reason: CLOSE.accessChanged.reason });

    await waitFor(() => client.provider.synced, 5000, 'resync after reconnect');
    client.doc.getMap('probe').set('after', true);
    await waitFor(() => client.denials.length > 0, 5000, 'permission denied');
    expect(client.denials[0]).toBe('permission-denied:read-only-role');
  });

  it('a removed member is disconnected and cannot come back', async () => {
    const member = await seedMember(server, 'editor');
    const client = connectMember(member.token);
    await waitFor(() => client.provider.synced, 5000, 'first sync');

    const removed = await fetchWithBearer(
      server,
      server.adminToken,
      'DELETE',
      `/api/orgs/${server.orgId}/members/${member.userId}`,
    );
    expect(removed.status).toBe(204);
    await waitFor(() => client.closes.length >= 2, 5000, 'close and refused reconnect');
    expect(client.closes.map((close) => close.code)).toEqual([
      CLOSE.accessChanged.code,
      CLOSE.unknownProcess.code,
    ]);
  });

  it('leaves other people connected', async () => {
    const bystander = await seedMember(server, 'editor');
    const changed = await seedMember(server, 'editor');
    const watcher = connectMember(bystander.token);
    const target = connectMember(changed.token);
    await waitFor(() => watcher.provider.synced && target.provider.synced, 5000, 'sync');

    await setRole(changed.email, 'commenter');
    await waitFor(() => target.closes.length > 0, 5000, 'close');
    expect(watcher.closes).toEqual([]);
  });

  it('closes nothing when the role stays the same or the person was not a member here', async () => {
    const member = await seedMember(server, 'editor');
    const client = connectMember(member.token);
    await waitFor(() => client.provider.synced, 5000, 'sync');

    expect((await setRole(member.email, 'editor')).status).toBe(200);
    const elsewhere = await createOrg(server.store, 'Nachbarort');
    const removedElsewhere = await fetchWithBearer(
      server,
      server.adminToken,
      'DELETE',
      `/api/orgs/${elsewhere.id}/members/${member.userId}`,
    );
    expect(removedElsewhere.status).toBe(404);
    const notHere = await fetchWithBearer(
      server,
      server.adminToken,
      'DELETE',
      `/api/orgs/${server.orgId}/members/${(await seedMember(server, 'viewer', elsewhere.id)).userId}`,
    );
    expect(notHere.status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.closes).toEqual([]);
  });
});
