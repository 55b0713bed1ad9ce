// A large room's document is built in slices after a load; new clients get the stored state meanwhile, and what
// they send waits for the whole document, then is stored and relayed in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getNodes, moveNode } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { readStoredDoc } from '../server/src/library/stored-docs.ts';
import { SLICED_LOAD_BYTES } from '../server/src/sync/room-build.ts';
import { waitFor } from './support/clients.ts';
import { connectFrameClient, type FrameClient } from './support/frame-client.ts';
import { syncStep1Probe } from './support/fuzz-frames.ts';
import { editLog, holdSlicing, xOf } from './support/large-room.ts';
import { syncUrl } from './support/raw-socket.ts';
import { createProcess, removeDataDir, startTestServer, type TestServer } from './support/server.ts';

const NODES = 300;
const MOVES = 3000;

describe('cold load of a large room', () => {
  let server: TestServer;
  const clients: FrameClient[] = [];

  beforeAll(async () => {
    // Rooms unload as soon as their last socket closed; the document is built a few items per event-loop turn.
    server = await startTestServer({
      ROOM_UNLOAD_MS: '0',
      LOAD_SLICE_STRUCTS: '20',
      COMPACT_THRESHOLD: '100000',
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server.close();
    removeDataDir(server.dataDir);
  });

  it.each([
    ['compacted', true],
    ['a long log, merged on loading', false],
  ])(
    'answers new clients from storage (%s) and applies their edits in order once the document is whole',
    async (_, compact) => {
      const processId = await createProcess(server);
      const room = roomName(processId, 'map');
      const { updates, ids, expected } = editLog(NODES, MOVES);
      for (let n = 0; n < updates.length; n += 500)
        await server.store.appendUpdates(updates.slice(n, n + 500).map((update) => ({ room, update })));
      if (compact) {
        await server.store.compact(room);
        const stored = await server.store.loadDoc(room);
        expect(stored.updates).toHaveLength(0);
        // The premise: a state this large is built in slices.
        expect(stored.state!.byteLength).toBeGreaterThan(SLICED_LOAD_BYTES);
      }
      const held = holdSlicing(server.store, room);
      const url = `${syncUrl(server.url, room, server.adminToken)}&ack=1`;

      const writer = connectFrameClient(url);
      const watcher = connectFrameClient(url);
      clients.push(writer, watcher);
      await waitFor(
        () => writer.received.includes('step2') && watcher.received.includes('step2'),
        10_000,
        'sync step 2',
      );
      // Both have the whole map while the room's document is still being built (a long log was compacted on loading).
      expect(server.sync.rooms.peek(room)).toBeUndefined();
      const logBefore = await server.store.logLength(room);
      expect(logBefore).toBe(0);
      for (const client of [writer, watcher]) {
        expect(getNodes(client.doc).size).toBe(NODES);
        expect(xOf(client.doc, ids[7]!)).toBe(xOf(expected, ids[7]!));
      }
      expect(writer.received).toEqual(['step2']);

      const seen: unknown[] = [];
      getNodes(watcher.doc).observeDeep(() => seen.push(xOf(watcher.doc, ids[0]!)));
      moveNode(writer.doc, ids[0]!, 11, 1);
      moveNode(writer.doc, ids[0]!, 22, 2);
      moveNode(writer.doc, ids[0]!, 33, 3);
      // Neither stored nor relayed nor acknowledged before the document is whole.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await server.store.logLength(room)).toBe(logBefore);
      expect(seen).toEqual([]);
      expect(writer.saved).toBe(0);

      held.release();
      held.restore();
      await waitFor(() => seen.length === 3, 10_000, 'the three moves relayed');
      expect(seen).toEqual([11, 22, 33]);
      expect(server.sync.rooms.peek(room)).toBeDefined();
      // Once ready, the room asks each early client for what it lacks (sync step 1) and acknowledges.
      await waitFor(() => writer.received.includes('step1') && writer.saved > 0, 10_000, 'step 1 and ack');
      expect(await server.store.logLength(room)).toBe(logBefore + 3);

      const reloaded = await readStoredDoc(server.store, processId, 'map');
      expect(xOf(reloaded, ids[0]!)).toBe(33);
      expect(getNodes(reloaded).size).toBe(NODES);
      for (const client of [writer, watcher])
        expect(getNodes(client.doc).toJSON()).toEqual(getNodes(reloaded).toJSON());
    },
  );

  it('lets a client with a copy of its own wait for the document, then sends it what it lacks', async () => {
    const processId = await createProcess(server);
    const room = roomName(processId, 'map');
    const { updates, ids, expected } = editLog(NODES, MOVES);
    await server.store.appendUpdates(updates.map((update) => ({ room, update })));
    await server.store.compact(room);
    // A copy from before the last thousand moves.
    const copy = new Y.Doc();
    for (const update of updates.slice(0, -1000)) Y.applyUpdate(copy, update);
    const held = holdSlicing(server.store, room);
    const url = syncUrl(server.url, room, server.adminToken);
    const fresh = connectFrameClient(url);
    const returning = connectFrameClient(url, copy);
    clients.push(fresh, returning);
    await waitFor(() => fresh.received.includes('step2'), 10_000, 'the new client answered');
    expect(server.sync.rooms.peek(room)).toBeUndefined();
    held.release();
    held.restore();
    await waitFor(() => returning.received.includes('step2'), 10_000, 'the returning client answered');
    expect(returning.received[0]).toBe('step1');
    expect(getNodes(returning.doc).toJSON()).toEqual(getNodes(expected).toJSON());
    expect(xOf(returning.doc, ids[1]!)).toBe(xOf(expected, ids[1]!));
  });

  it("answers a socket's frames in order: none from storage after one that waits for the document", async () => {
    const processId = await createProcess(server);
    const room = roomName(processId, 'map');
    const { updates } = editLog(NODES, MOVES);
    await server.store.appendUpdates(updates.map((update) => ({ room, update })));
    await server.store.compact(room);
    const copy = new Y.Doc();
    for (const update of updates.slice(0, 10)) Y.applyUpdate(copy, update);
    const held = holdSlicing(server.store, room);
    const joined = server.sync.rooms.connectionCount();
    // Sync step 1 with a copy (it waits for the document), then one with nothing (storage could answer that one).
    const client = connectFrameClient(syncUrl(server.url, room, server.adminToken), copy, [syncStep1Probe()]);
    clients.push(client);
    await waitFor(() => server.sync.rooms.connectionCount() > joined, 10_000, 'the socket joined the room');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const building = server.sync.rooms.peek(room) === undefined;
    const answeredWhileBuilding = [...client.received];
    held.release();
    held.restore();
    expect(building).toBe(true);
    expect(answeredWhileBuilding).toEqual([]);
    await waitFor(() => client.received.length === 3, 10_000, 'both answered');
    // The room's own step 1 once it is whole, then the answers in the order the frames came.
    expect(client.received).toEqual(['step1', 'step2', 'step2']);
    expect(getNodes(client.doc).size).toBe(NODES);
  });
});
