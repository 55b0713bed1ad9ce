import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { createProcess, removeDataDir, startTestServer, type TestServer } from './support/server.ts';

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) console.warn('fanout.test.ts skipped: set REDIS_URL to test fan-out between instances');

describe.skipIf(!redisUrl)('two instances on one store, fanned out through Redis', () => {
  const servers: TestServer[] = [];
  const clients: StockClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    const dataDir = servers[0]?.dataDir;
    for (const server of servers.splice(0)) await server.close();
    if (dataDir) removeDataDir(dataDir);
  });

  async function pair() {
    const env = { REDIS_URL: redisUrl!, REDIS_PREFIX: `pwtest:${randomBytes(4).toString('hex')}:` };
    const a = await startTestServer(env);
    const b = await startTestServer(env, a.dataDir);
    servers.push(a, b);
    return [a, b] as const;
  }
  const connect = (server: TestServer, processId: string) => {
    const client = connectStockClient(server.url, processId, 'map', { token: server.adminToken });
    clients.push(client);
    return client;
  };

  it('relays edits and awareness between clients connected to different instances', async () => {
    const [a, b] = await pair();
    const processId = await createProcess(a);
    const onA = connect(a, processId);
    const onB = connect(b, processId);
    await Promise.all([whenSynced(onA), whenSynced(onB)]);
    onA.doc.getMap('nodes').set('n1', 'von A');
    await waitFor(() => onB.doc.getMap('nodes').get('n1') === 'von A', 15_000, 'A → B');
    onB.doc.getMap('nodes').set('n2', 'von B');
    await waitFor(() => onA.doc.getMap('nodes').get('n2') === 'von B', 15_000, 'B → A');
    // The name comes from the credential (the admin's account), whatever the client calls itself.
    onA.provider.awareness.setLocalStateField('user', { name: 'Anna' });
    await waitFor(
      () => [...onB.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Admin'),
      15_000,
      'awareness',
    );
    // Each update was stored once, by the instance its sender is connected to.
    const stored = await a.store.loadDoc(`${processId}/map`);
    expect(stored.updates.length).toBe(2);
  });
});
