import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CHANNELS,
  CLOSE,
  SESSION_LOCKED,
  SESSION_ROOT,
  mayWrite,
  roomName,
  type Channel,
} from '@prozesswerk/protocol';
import { readStoredDoc } from '../server/src/library/stored-docs.ts';
import { waitFor } from './support/clients.ts';
import { PERSONA_NAMES, buildWorld, headersFor, type Persona, type World } from './support/personas.ts';
import { connectAs, type ObservedClient } from './support/raw-client.ts';
import { removeDataDir, startTestServer } from './support/server.ts';

/*
 * A probe write: a key in a map of its own, except in the discussion, where the server takes only what is written in
 * the writer's own name (see docs/security.md), so there it is the writer's own vote on a target named by the key.
 */
function writeProbe(doc: Y.Doc, channel: Channel, key: string, personId: string): void {
  if (channel === 'discussion') doc.getMap('votes').set(JSON.stringify(['probe', personId, key]), 1);
  else doc.getMap('probe').set(key, true);
}

function probeKeys(doc: Y.Doc, channel: Channel): string[] {
  if (channel !== 'discussion') return [...doc.getMap('probe').keys()];
  return [...doc.getMap('votes').keys()].map((key) => (JSON.parse(key) as string[])[2]!);
}

const hasProbe = (doc: Y.Doc, channel: Channel, key: string) => probeKeys(doc, channel).includes(key);

/** The person id the server knows the credentials by. */
async function personIdOf(world: World, credentials: Persona['credentials']): Promise<string> {
  const response = await fetch(`${world.server.url}/api/auth/session`, { headers: headersFor(credentials) });
  const session = (await response.json()) as { user?: { id: string }; guest?: { id: string } };
  return session.user?.id ?? session.guest?.id ?? '';
}

/** What the server has durably stored for a room, read back from the store itself. */
async function storedKeys(world: World, channel: Channel): Promise<string[]> {
  return probeKeys(await readStoredDoc(world.server.store, world.processId, channel), channel);
}

describe('every sync channel as every persona', () => {
  let world: World;
  const clients: ObservedClient[] = [];
  const connect = (persona: Persona | { credentials: { bearer: string } }, channel: Channel) => {
    const client = connectAs(world.server.url, roomName(world.processId, channel), persona.credentials);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    world = await buildWorld(await startTestServer());
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await world.server.close();
    removeDataDir(world.server.dataDir);
  });

  for (const channel of CHANNELS) {
    describe(`the ${channel} channel`, () => {
      it.each(PERSONA_NAMES)(
        'lets %s read and write exactly as the permission table says',
        async (personaName) => {
          const persona = world.personas.find((p) => p.name === personaName)!;
          const observer = connect({ credentials: { bearer: world.server.adminToken } }, channel);
          const client = connect(persona, channel);

          if (!persona.authenticated) {
            await waitFor(() => client.closes.length > 0, 15_000, 'refusal');
            expect(client.closes[0]).toEqual({
              code: CLOSE.unauthenticated.code,
              reason: CLOSE.unauthenticated.reason,
            });
            return;
          }
          if (!persona.role) {
            await waitFor(() => client.closes.length > 0, 15_000, 'refusal');
            expect(client.closes[0]).toEqual({
              code: CLOSE.unknownProcess.code,
              reason: CLOSE.unknownProcess.reason,
            });
            expect(client.doc.getMap('probe').size).toBe(0);
            return;
          }

          await waitFor(() => client.provider.synced && observer.provider.synced, 15_000, 'sync');
          // Everyone who may open the process receives live updates.
          const liveKey = `live-for-${personaName}`;
          writeProbe(observer.doc, channel, liveKey, world.server.admin.id);
          await waitFor(() => hasProbe(client.doc, channel, liveKey), 15_000, 'live update');

          const key = `written-by-${personaName}`;
          writeProbe(client.doc, channel, key, await personIdOf(world, persona.credentials));
          if (mayWrite(persona.role, channel, false).allowed) {
            await waitFor(() => hasProbe(observer.doc, channel, key), 15_000, 'write relayed');
            expect(await storedKeys(world, channel)).toContain(key);
          } else {
            await waitFor(() => client.denials.length > 0, 15_000, 'permission denied');
            expect(client.denials[0]).toBe('permission-denied:read-only-role');
            await new Promise((resolve) => setTimeout(resolve, 100));
            expect(hasProbe(observer.doc, channel, key)).toBe(false);
            expect(await storedKeys(world, channel)).not.toContain(key);
          }
        },
      );
    });
  }

  it('lets only facilitators and admins write the map while the session locks it', async () => {
    const facilitator = world.personas.find((p) => p.name === 'facilitator')!;
    const editor = world.personas.find((p) => p.name === 'editor')!;
    const session = connect(facilitator, 'session');
    const editorMap = connect(editor, 'map');
    const facilitatorMap = connect(facilitator, 'map');
    await waitFor(
      () => session.provider.synced && editorMap.provider.synced && facilitatorMap.provider.synced,
    );

    const sessionWatcher = connect({ credentials: { bearer: world.server.adminToken } }, 'session');
    await waitFor(() => sessionWatcher.provider.synced);
    // What the server stored of the map, as relayed to someone else (it relays only what it has stored).
    const mapWatcher = connect({ credentials: { bearer: world.server.adminToken } }, 'map');
    await waitFor(() => mapWatcher.provider.synced);
    const lockSeen = (value: boolean) =>
      sessionWatcher.doc.getMap(SESSION_ROOT).get(SESSION_LOCKED) === value;

    session.doc.getMap(SESSION_ROOT).set(SESSION_LOCKED, true);
    // The server relays only what it has applied, so once a watcher sees the lock, the server enforces it.
    await waitFor(() => lockSeen(true), 15_000, 'lock relayed');
    editorMap.doc.getMap('probe').set('while-locked-editor', true);
    facilitatorMap.doc.getMap('probe').set('while-locked-facilitator', true);
    await waitFor(() => editorMap.denials.includes('permission-denied:map-locked'), 15_000, 'lock denial');
    await waitFor(
      () => mapWatcher.doc.getMap('probe').has('while-locked-facilitator'),
      15_000,
      'facilitator write',
    );
    const lockedKeys = await storedKeys(world, 'map');
    expect(lockedKeys).toContain('while-locked-facilitator');
    expect(lockedKeys).not.toContain('while-locked-editor');

    session.doc.getMap(SESSION_ROOT).set(SESSION_LOCKED, false);
    await waitFor(() => lockSeen(false), 15_000, 'unlock relayed');
    // The editor's document still holds the refused change, and what it writes next builds on it: refused too.
    editorMap.doc.getMap('probe').set('after-unlock-same-document', true);
    await waitFor(() => editorMap.denials.includes('permission-denied:builds-on-refused'), 15_000, 'refusal');
    // A document rebuilt from the server's state (as the app does after a refusal) writes again once unlocked.
    const rebuilt = connect(editor, 'map');
    await waitFor(() => rebuilt.provider.synced, 15_000, 'rebuilt sync');
    rebuilt.doc.getMap('probe').set('after-unlock-editor', true);
    await waitFor(
      () => facilitatorMap.doc.getMap('probe').has('after-unlock-editor'),
      15_000,
      'unlocked write',
    );
    const keys = await storedKeys(world, 'map');
    expect(keys).not.toContain('while-locked-editor');
    expect(keys).not.toContain('after-unlock-same-document');
  });
});
