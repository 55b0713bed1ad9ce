// Awareness is not trusted: identity from the credential, safe fields only, own client ids, no oversized relays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomName } from '@prozesswerk/protocol';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { awarenessFrame } from './support/fuzz-frames.ts';
import { sendAndObserve, syncUrl } from './support/raw-socket.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

describe('awareness on the map room (SQLite)', () => {
  let server: TestServer;
  let processId: string;
  let viewer: string;
  let viewerId: string;
  const clients: StockClient[] = [];
  const connect = (token: string) => {
    const client = connectStockClient(server.url, processId, 'map', { token });
    clients.push(client);
    return client;
  };
  const seenBy = (observer: StockClient, clientId: number) =>
    observer.provider.awareness.getStates().get(clientId) as Record<string, unknown> | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    processId = await createProcess(server);
    ({ token: viewer, userId: viewerId } = await seedMember(server, 'viewer'));
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it('shows a viewer as who they are, whatever name, municipality, role and colour they claim', async () => {
    const [forger, observer] = [connect(viewer), connect(server.adminToken)];
    await Promise.all([whenSynced(forger), whenSynced(observer)]);
    forger.provider.awareness.setLocalState({
      user: {
        name: 'Bürgermeister Müller',
        municipality: 'Stadt Kehl',
        colour: 'url(http://evil.example/x)',
      },
      workshopRole: 'facilitator',
      discussionPerson: { id: 'anna', name: 'Anna Albrecht' },
      cursor: { x: 10, y: 20 },
    });
    const id = forger.doc.clientID;
    await waitFor(() => seenBy(observer, id)?.cursor !== undefined, 5000, 'the forger in the observer');
    expect(seenBy(observer, id)).toEqual({
      user: { name: 'viewer', municipality: 'Testhausen', municipalityDeclared: false },
      workshopRole: 'viewer',
      // Authorship is the viewer's account, whatever id they claimed ("anna").
      discussionPerson: { id: viewerId, name: 'viewer' },
      cursor: { x: 10, y: 20 },
    });
  });

  it("relays nothing a socket publishes for another socket's client id, nor an oversized state", async () => {
    const [victim, observer] = [connect(server.adminToken), connect(server.adminToken)];
    await Promise.all([whenSynced(victim), whenSynced(observer)]);
    victim.provider.awareness.setLocalState({ user: { name: 'x' }, cursor: { x: 1, y: 1 } });
    const id = victim.doc.clientID;
    await waitFor(() => seenBy(observer, id)?.cursor !== undefined, 5000, 'the victim in the observer');
    const seen = new Set<number>();
    observer.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
      for (const changed of [...added, ...updated]) seen.add(changed);
    });
    const url = syncUrl(server.url, roomName(processId, 'map'), viewer);
    const clock = (victim.provider.awareness.meta.get(id)?.clock ?? 0) + 10;
    const impersonation = awarenessFrame(
      id,
      clock,
      JSON.stringify({ user: { name: 'x' }, cursor: { x: 99, y: 99 } }),
    );
    const oversized = awarenessFrame(
      4242,
      1,
      JSON.stringify({ user: { name: 'x' }, blob: 'x'.repeat(1_900_000) }),
    );
    // The same socket's next, honest state reaches the observer after anything relayed before it.
    const honest = awarenessFrame(4243, 1, JSON.stringify({ cursor: { x: 5, y: 5 } }));
    expect(await sendAndObserve(url, [impersonation, oversized, honest])).toEqual({ answered: true });
    await waitFor(() => seen.has(4243), 5000, 'the honest state');
    expect(seenBy(observer, id)?.cursor).toEqual({ x: 1, y: 1 });
    expect(seen.has(4242)).toBe(false);
  });
});
