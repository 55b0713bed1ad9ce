// A room's memory budget: crafted updates of many one-item writers or items are refused; the room carries on; a
// map moved for years stays editable, deleted items weighing half of a live one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, moveNode, readProcessMap, type NodeId } from '@prozesswerk/process-model';
import { CLOSE, roomName } from '@prozesswerk/protocol';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { updateFrame } from './support/fuzz-frames.ts';
import { closeCausedBy, sendAndObserve, syncUrl, type Closed } from './support/raw-socket.ts';
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

/** One update per overwrite, two keys in turn: every overwritten value stays as a deleted item, none merge. */
function overwrites(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const node = doc.getMap('flood');
  for (let n = 0; n < count; n++) node.set(n % 2 === 0 ? 'x' : 'y', n);
  return updates;
}

const xOf = (doc: Y.Doc, id: NodeId) => readProcessMap(doc).nodes.find((node) => node.id === id)?.x;

const structsOf = (doc: Y.Doc) =>
  [...doc.store.clients.values()].reduce((sum, structs) => sum + structs.length, 0);

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

  it('keeps a map editable whose moves left more items than the budget, also once it is loaded again', async () => {
    const processId = await createProcess(server, 'Umzug');
    const [anna, ben] = [connect(processId), connect(processId)];
    await Promise.all([whenSynced(anna), whenSynced(ben)]);
    const ids: NodeId[] = [];
    for (let n = 0; n < 10; n++)
      ids.push(addNode(anna.doc, { kind: 'activity', label: `Schritt ${n}`, x: 0, y: n * 100 }));
    // Every move overwrites x and y: two deleted items, together far more than the budget, weighing less.
    const moves = (MAX_ROOM_STRUCTS * 4) / 5;
    for (let n = 1; n <= moves; n++) {
      moveNode(anna.doc, ids[n % ids.length]!, n, n);
      // A few at a time, as people move: what waits for storage counts as live until it is applied.
      if (n % 100 === 0) await waitFor(() => xOf(ben.doc, ids[n % ids.length]!) === n, 5000, `move ${n}`);
    }
    expect(structsOf(ben.doc)).toBeGreaterThan(1.5 * MAX_ROOM_STRUCTS);
    moveNode(ben.doc, ids[0]!, -1, -1);
    await waitFor(() => xOf(anna.doc, ids[0]!) === -1, 5000, 'a move after them');
    expect(anna.provider.wsconnected && ben.provider.wsconnected).toBe(true);

    // Loaded from storage (the compacted state) the deleted items weigh the same.
    for (const client of [anna, ben]) client.destroy();
    server = await server.restart();
    const [clara, dirk] = [connect(processId), connect(processId)];
    await Promise.all([whenSynced(clara), whenSynced(dirk)]);
    moveNode(clara.doc, ids[1]!, -2, -2);
    await waitFor(() => xOf(dirk.doc, ids[1]!) === -2, 5000, 'a move after loading');
  });

  it('takes back a client that moved nodes offline for longer than the budget counts in items', async () => {
    const processId = await createProcess(server, 'Unterwegs');
    const [anna, ben] = [connect(processId), connect(processId)];
    await Promise.all([whenSynced(anna), whenSynced(ben)]);
    const id = addNode(anna.doc, { kind: 'activity', label: 'Antrag prüfen', x: 0, y: 0 });
    await waitFor(() => ben.doc.getMap('nodes').has(id), 5000, 'the node');
    anna.provider.disconnect();
    const moves = (MAX_ROOM_STRUCTS * 3) / 5;
    for (let n = 1; n <= moves; n++) moveNode(anna.doc, id, n, n);
    // What it sends on reconnecting holds every overwritten value, deleted: more items than the budget.
    const resend = Y.decodeUpdate(Y.encodeStateAsUpdate(anna.doc, Y.encodeStateVector(ben.doc)));
    expect(resend.structs.length).toBeGreaterThan(MAX_ROOM_STRUCTS);
    anna.provider.connect();
    await waitFor(() => xOf(ben.doc, id) === moves, 10_000, 'the offline moves');
    expect(anna.provider.wsconnected).toBe(true);
  });

  it('stops a flood of overwrites once what it leaves behind weighs the budget, with 4415', async () => {
    const processId = await createProcess(server, 'Flut');
    const url = syncUrl(server.url, roomName(processId, 'map'), server.adminToken);
    const viewer = connect(processId);
    await whenSynced(viewer);
    // Sent a batch at a time, each stored before the next: what waits for storage counts as live until it is applied,
    // so a flood faster than the disk stops at the budget in items; one the disk keeps up with goes further, as a
    // deleted item weighs half a live one, and stops within twice the budget.
    const flood = overwrites(2 * MAX_ROOM_STRUCTS + 100);
    const batch = MAX_ROOM_STRUCTS / 10;
    let closed: Closed | undefined;
    for (let start = 0; start < flood.length && closed === undefined; start += batch) {
      const outcome = await sendAndObserve(url, flood.slice(start, start + batch).map(updateFrame));
      if ('closed' in outcome) closed = outcome.closed;
      else {
        const last = Math.min(start + batch, flood.length) - 1;
        await waitFor(
          () => viewer.doc.getMap('flood').get(last % 2 === 0 ? 'x' : 'y') === last,
          5000,
          `overwrite ${last}`,
        );
      }
    }
    expect(closed).toEqual({ code: CLOSE.roomOverBudget.code, reason: CLOSE.roomOverBudget.reason });
    const reader = connect(processId);
    await whenSynced(reader);
    expect(structsOf(reader.doc)).toBeGreaterThan(MAX_ROOM_STRUCTS);
    expect(structsOf(reader.doc)).toBeLessThanOrEqual(2 * MAX_ROOM_STRUCTS);
  });
});
