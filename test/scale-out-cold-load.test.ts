// Two instances on one PostgreSQL and one Redis: what one instance stores while the other is still building a large
// room reaches the clients that the building instance answered from storage.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNodes, moveNode } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { parseConfig } from '../server/src/config.ts';
import { startServer, type RunningServer } from '../server/src/server.ts';
import { waitFor } from './support/clients.ts';
import { connectFrameClient, type FrameClient } from './support/frame-client.ts';
import { editLog, holdSlicing, xOf } from './support/large-room.ts';
import { syncUrl } from './support/raw-socket.ts';
import { createSharedDatabase, newRedisPrefix, type SharedDatabase } from './support/scale-out-cluster.ts';
import { removeDataDir } from './support/server.ts';

const databaseUrl = process.env.DATABASE_URL ?? '';
const redisUrl = process.env.REDIS_URL ?? '';
const skip = !databaseUrl || !redisUrl;
if (skip) console.warn('scale-out-cold-load.test.ts skipped: set DATABASE_URL and REDIS_URL');

describe.skipIf(skip)('a large room building on one instance while the other edits it', () => {
  let database: SharedDatabase;
  const servers: { server: RunningServer; dataDir: string }[] = [];
  const clients: FrameClient[] = [];

  async function instance(prefix: string): Promise<RunningServer> {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-scale-cold-'));
    const config = parseConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      DATABASE_SCHEMA: database.schema,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      LOAD_SLICE_STRUCTS: '20',
      COMPACT_THRESHOLD: '100000',
      MAX_CONNECTIONS_PER_IP_PER_MINUTE: '100000',
    });
    const server = await startServer(config, () => undefined);
    servers.push({ server, dataDir });
    return server;
  }

  beforeAll(async () => {
    database = await createSharedDatabase(databaseUrl);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    for (const { server, dataDir } of servers) {
      await server.close();
      removeDataDir(dataDir);
    }
    await database?.drop();
  });

  it('holds back what the other instance stored and relays it once the document is whole', async () => {
    const prefix = newRedisPrefix();
    const [editing, building] = [await instance(prefix), await instance(prefix)];
    const response = await fetch(`${editing.url}/api/processes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${database.token}` },
      body: JSON.stringify({ title: 'Zwei Instanzen' }),
    });
    const processId = ((await response.json()) as { id: string }).id;
    const room = roomName(processId, 'map');
    const { updates, ids, expected } = editLog(300, 3000);
    await editing.store.appendUpdates(updates.map((update) => ({ room, update })));
    await editing.store.compact(room);

    const writer = connectFrameClient(syncUrl(editing.url, room, database.token));
    clients.push(writer);
    await waitFor(() => writer.received.includes('step2'), 10_000, 'the writer synced');
    await editing.sync.rooms.acquire({ processId, channel: 'map' });

    const held = holdSlicing(building.store, room);
    const reader = connectFrameClient(syncUrl(building.url, room, database.token));
    clients.push(reader);
    await waitFor(() => reader.received.includes('step2'), 10_000, 'the reader answered from storage');
    expect(building.sync.rooms.peek(room)).toBeUndefined();
    expect(getNodes(reader.doc).toJSON()).toEqual(getNodes(expected).toJSON());

    // Stored and published by the editing instance while the building one cannot apply it yet.
    const seen: unknown[] = [];
    getNodes(reader.doc).observeDeep(() => seen.push(xOf(reader.doc, ids[5]!)));
    moveNode(writer.doc, ids[5]!, 401, 1);
    moveNode(writer.doc, ids[5]!, 402, 2);
    // Time for the moves to cross over; whenever they arrive, the building instance holds them back.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toEqual([]);

    held.release();
    held.restore();
    await waitFor(() => seen.length === 2, 10_000, 'both moves relayed by the building instance');
    expect(seen).toEqual([401, 402]);
    await waitFor(() => xOf(writer.doc, ids[5]!) === 402, 10_000);
    expect(getNodes(reader.doc).toJSON()).toEqual(getNodes(writer.doc).toJSON());
  });
});
