// A role change that lands while a socket is still being set up (its room loading) still reaches that socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomName } from '@prozesswerk/protocol';
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

describe('membership change during socket setup', () => {
  let server: TestServer;
  const clients: ObservedClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('a member demoted while their map room loads cannot write the map', async () => {
    const processId = await createProcess(server);
    const member = await seedMember(server, 'editor');
    const mapRoom = roomName(processId, 'map');

    // Hold the cold load of this map room until the demotion is done: the socket's grant is already resolved.
    const store = server.store;
    const loadRoom = store.loadRoom.bind(store);
    let loadStarted = false;
    let releaseLoad: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (releaseLoad = resolve));
    store.loadRoom = async (name) => {
      if (name === mapRoom) {
        loadStarted = true;
        await released;
      }
      return loadRoom(name);
    };

    const client = connectAs(server.url, mapRoom, { bearer: member.token }, { reconnectLikeTheApp: true });
    clients.push(client);
    await waitFor(() => loadStarted, 5000, 'room load started');
    const demoted = await fetchWithBearer(
      server,
      server.adminToken,
      'PUT',
      `/api/orgs/${server.orgId}/members`,
      {
        email: member.email,
        name: '',
        role: 'viewer',
      },
    );
    expect(demoted.status).toBe(200);
    releaseLoad();
    store.loadRoom = loadRoom;

    await waitFor(() => client.provider.synced, 5000, 'sync');
    client.doc.getMap('probe').set('written-as-viewer', true);
    // Either the socket was closed with access-changed, or the write is refused as a viewer's.
    await waitFor(
      () => client.denials.length > 0 || client.closes.length > 0,
      15_000,
      'refusal or access-changed close',
    );
  });
});
