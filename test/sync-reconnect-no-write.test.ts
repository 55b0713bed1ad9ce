// A reconnect that brings nothing new is no write: a viewer, or an editor while the map is locked, is not refused for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_LOCKED, SESSION_ROOT, roomName } from '@prozesswerk/protocol';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { connectAs, type ObservedClient } from './support/raw-client.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

describe('a sync step 2 that only repeats what the room holds', () => {
  let server: TestServer;
  const clients: (StockClient | ObservedClient)[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('is neither refused nor stored, for a viewer and for an editor under the lock, while a real change still is refused', async () => {
    const processId = await createProcess(server);
    const writer = connectStockClient(server.url, processId, 'map', { token: server.adminToken });
    const session = connectStockClient(server.url, processId, 'session', { token: server.adminToken });
    clients.push(writer, session);
    await Promise.all([whenSynced(writer), whenSynced(session)]);
    // Overwritten and deleted values: the room's delete set is not empty, and every document synced from it has it.
    writer.doc.getMap('nodes').set('a', 'Antrag');
    writer.doc.getMap('nodes').set('a', 'Antrag prüfen');
    writer.doc.getMap('nodes').set('b', 'Weg damit');
    writer.doc.getMap('nodes').delete('b');
    session.doc.getMap(SESSION_ROOT).set(SESSION_LOCKED, true);

    const viewer = connectAs(server.url, roomName(processId, 'map'), {
      bearer: (await seedMember(server, 'viewer')).token,
    });
    const editor = connectAs(server.url, roomName(processId, 'map'), {
      bearer: (await seedMember(server, 'editor')).token,
    });
    clients.push(viewer, editor);
    await waitFor(() => viewer.doc.getMap('nodes').get('a') === 'Antrag prüfen', 5000, 'the viewer to load');
    await waitFor(() => editor.doc.getMap('nodes').get('a') === 'Antrag prüfen', 5000, 'the editor to load');
    const logBefore = await server.store.logLength(roomName(processId, 'map'));

    for (const client of [viewer, editor]) {
      for (let round = 0; round < 3; round++) {
        client.provider.disconnect();
        client.provider.connect();
        await waitFor(() => client.provider.synced, 5000, 'the reconnect');
      }
    }
    // A real change after all those reconnects is answered, so anything about the reconnects came before it.
    editor.doc.getMap('nodes').set('c', 'Heimlich');
    await waitFor(() => editor.denials.length > 0, 5000, 'the real change refused');
    expect(editor.denials).toEqual(['permission-denied:map-locked']);
    viewer.doc.getMap('nodes').set('d', 'Auch heimlich');
    await waitFor(() => viewer.denials.length > 0, 5000, 'the viewer’s change refused');
    expect(viewer.denials).toEqual(['permission-denied:read-only-role']);
    expect(await server.store.logLength(roomName(processId, 'map'))).toBe(logBefore);
  });
});
