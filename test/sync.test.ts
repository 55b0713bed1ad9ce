import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSavedClock } from './support/saved.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { createProcess, removeDataDir, startTestServer, type TestServer } from './support/server.ts';

describe('sync with the stock y-websocket client', () => {
  let server: TestServer;
  const clients: StockClient[] = [];
  const connect = (processId: string, channel = 'map', params: Record<string, string> = {}) => {
    const client = connectStockClient(server.url, processId, channel, {
      token: server.adminToken,
      ...params,
    });
    clients.push(client);
    return client;
  };

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('delivers one client’s edits to another client of the same process', async () => {
    server = await startTestServer();
    const processId = await createProcess(server);
    const anna = connect(processId);
    const ben = connect(processId);
    await Promise.all([whenSynced(anna), whenSynced(ben)]);
    anna.doc.getMap('nodes').set('n1', 'Antrag prüfen');
    await waitFor(() => ben.doc.getMap('nodes').get('n1') === 'Antrag prüfen');
    ben.doc.getMap('nodes').set('n2', 'Gebühr erheben');
    await waitFor(() => anna.doc.getMap('nodes').get('n2') === 'Gebühr erheben');
  });

  it('gives a fresh client the full map after a server restart on the same data directory', async () => {
    server = await startTestServer();
    const processId = await createProcess(server);
    const anna = connect(processId);
    await whenSynced(anna);
    for (let i = 0; i < 50; i++) anna.doc.getMap('nodes').set(`n${i}`, `Schritt ${i}`);
    const watcher = connect(processId);
    await waitFor(() => watcher.doc.getMap('nodes').size === 50);
    for (const client of clients.splice(0)) client.destroy();

    server = await server.restart();
    const fresh = connect(processId);
    await whenSynced(fresh);
    await waitFor(() => fresh.doc.getMap('nodes').size === 50);
    expect(fresh.doc.getMap('nodes').get('n49')).toBe('Schritt 49');
  });

  it('keeps the three channels of a process apart', async () => {
    server = await startTestServer();
    const processId = await createProcess(server);
    const map = connect(processId, 'map');
    const discussion = connect(processId, 'discussion');
    await Promise.all([whenSynced(map), whenSynced(discussion)]);
    map.doc.getMap('nodes').set('n1', 'x');
    discussion.doc.getMap('threads').set('t1', 'y');
    const mapReader = connect(processId, 'map');
    await waitFor(() => mapReader.doc.getMap('nodes').size === 1);
    expect(mapReader.doc.getMap('threads').size).toBe(0);
  });

  it('acknowledges stored edits with the stored state vector when asked with ack=1', async () => {
    server = await startTestServer();
    const processId = await createProcess(server);
    const anna = connect(processId, 'map', { ack: '1' });
    const saved: Uint8Array[] = [];
    anna.provider.messageHandlers[100] = (_encoder, decoder) => {
      const length = decoder.arr.length - decoder.pos;
      saved.push(decoder.arr.slice(decoder.pos, decoder.pos + length));
    };
    await whenSynced(anna);
    anna.doc.getMap('nodes').set('n1', 'Antrag prüfen');
    const myClock = () => Y.getState(anna.doc.store, anna.doc.clientID);
    await waitFor(() => saved.length >= 2, 15_000, 'saved ack after edit');
    await waitFor(
      () => readSavedClock(saved.at(-1)!, anna.doc.clientID) >= myClock(),
      15_000,
      'ack covers edit',
    );
  });
});
