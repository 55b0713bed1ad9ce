// A room's memory budget: crafted updates of many one-item writers or items are refused; the room carries on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, roomName } from '@prozesswerk/protocol';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { updateFrame } from './support/fuzz-frames.ts';
import { closeCausedBy, sendAndObserve, syncUrl } from './support/raw-socket.ts';
import { createProcess, removeDataDir, startTestServer, type TestServer } from './support/server.ts';

const MAX_ROOM_WRITERS = 500;
const MAX_ROOM_STRUCTS = 3000;

/** One update holding `writers` one-item changes, each from its own Y.Doc client id (the amplification attack). */
function manyWriters(writers: number, firstClient: number): Uint8Array {
  const updates: Uint8Array[] = [];
  for (let i = 0; i < writers; i++) {
    const doc = new Y.Doc();
    doc.clientID = firstClient + i;
    doc.getMap('nodes').set(`k${i % 50}`, i);
    updates.push(Y.encodeStateAsUpdate(doc));
  }
  return Y.mergeUpdates(updates);
}

function manyItems(items: number): Uint8Array {
  const doc = new Y.Doc();
  const nodes = doc.getMap('nodes');
  doc.transact(() => {
    for (let i = 0; i < items; i++) nodes.set(`n${i}`, i);
  });
  return Y.encodeStateAsUpdate(doc);
}

describe('the per-room memory budget (SQLite)', () => {
  let server: TestServer;
  const clients: StockClient[] = [];
  const connect = (processId: string) => {
    const client = connectStockClient(server.url, processId, 'map', { token: server.adminToken });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({
      MAX_ROOM_WRITERS: String(MAX_ROOM_WRITERS),
      MAX_ROOM_STRUCTS: String(MAX_ROOM_STRUCTS),
      MAX_MESSAGES_PER_SECOND: '100000',
    });
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('refuses an update from more writers than the room may hold, with 4415, and the room carries on', async () => {
    const processId = await createProcess(server);
    const [anna, ben] = [connect(processId), connect(processId)];
    await Promise.all([whenSynced(anna), whenSynced(ben)]);
    const url = syncUrl(server.url, roomName(processId, 'map'), server.adminToken);
    const logBefore = await server.store.logLength(roomName(processId, 'map'));

    expect(await closeCausedBy(url, [updateFrame(manyWriters(MAX_ROOM_WRITERS + 10, 1_000_000))])).toEqual({
      code: CLOSE.roomOverBudget.code,
      reason: CLOSE.roomOverBudget.reason,
    });
    expect(await server.store.logLength(roomName(processId, 'map'))).toBe(logBefore);
    // Under the budget, the same kind of update is an ordinary one.
    expect(await sendAndObserve(url, [updateFrame(manyWriters(50, 2_000_000))])).toEqual({ answered: true });
    anna.doc.getMap('nodes').set('after', 'noch da');
    await waitFor(() => ben.doc.getMap('nodes').get('after') === 'noch da', 5000, 'the room syncing on');
    expect(ben.doc.store.clients.has(1_000_000)).toBe(false);
  });

  it('refuses an update with more items than the room may hold, and other rooms carry on', async () => {
    const [processId, otherId] = [await createProcess(server), await createProcess(server, 'Hundesteuer')];
    const [anna, ben] = [connect(otherId), connect(otherId)];
    await Promise.all([whenSynced(anna), whenSynced(ben)]);
    const url = syncUrl(server.url, roomName(processId, 'map'), server.adminToken);
    expect(await closeCausedBy(url, [updateFrame(manyItems(MAX_ROOM_STRUCTS + 10))])).toEqual({
      code: CLOSE.roomOverBudget.code,
      reason: CLOSE.roomOverBudget.reason,
    });
    expect(await server.store.logLength(roomName(processId, 'map'))).toBe(0);
    anna.doc.getMap('nodes').set('x', 1);
    await waitFor(() => ben.doc.getMap('nodes').get('x') === 1, 5000, 'the other room syncing');
  });
});
