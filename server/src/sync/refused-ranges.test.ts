import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createRoomRefusals,
  decodeRefusals,
  encodeRefusals,
  mergeRefusals,
  refusalsOf,
  repeatsRefused,
} from './refused-ranges.ts';

/** The server's document and a client that synced it; `edit` returns the client's update for one change. */
function setup() {
  const server = new Y.Doc();
  server.getMap('nodes').set('a', 'eins');
  server.getMap('nodes').set('b', 'zwei');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const edit = (change: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client);
    change(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  const accepted = (c: number) => Y.getState(server.store, c);
  return { server, client, edit, accepted };
}

describe('refused ranges', () => {
  it('refuse a writer from its refused change on, also what it writes after it', () => {
    const { server, client, edit, accepted } = setup();
    const refused = edit((doc) => doc.getMap('nodes').set('c', 'drei'));
    const refusals = createRoomRefusals();
    mergeRefusals(refusals, refusalsOf(Y.decodeUpdate(refused), server, accepted));
    expect(refusals.deadFrom.get(client.clientID)).toBe(0);

    expect(repeatsRefused(refusals, Y.decodeUpdate(refused), server, false)).toMatch(/refused/);
    const later = edit((doc) => doc.getMap('nodes').set('d', 'vier'));
    expect(repeatsRefused(refusals, Y.decodeUpdate(later), server, false)).toMatch(/refused/);
    // The whole state the client would send on reconnecting (sync step 2) holds the refused change too.
    const resend = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(repeatsRefused(refusals, Y.decodeUpdate(resend), server, true)).toMatch(/refused/);
  });

  it('let a fresh document of the same person write the same change again', () => {
    const { server, edit, accepted } = setup();
    const refusals = createRoomRefusals();
    const refused = edit((doc) => doc.getMap('nodes').set('c', 'drei'));
    mergeRefusals(refusals, refusalsOf(Y.decodeUpdate(refused), server, accepted));
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(fresh);
    fresh.getMap('nodes').set('c', 'drei');
    expect(
      repeatsRefused(refusals, Y.decodeUpdate(Y.encodeStateAsUpdate(fresh, before)), server, false),
    ).toBe(undefined);
  });

  it('refuse a resent refused deletion while the items live, but not a deliberate delete sent later', () => {
    const { server, client, edit, accepted } = setup();
    const refused = edit((doc) => doc.getMap('nodes').delete('a'));
    const refusals = createRoomRefusals();
    const remembered = refusalsOf(Y.decodeUpdate(refused), server, accepted);
    // A delete-only update has no changes of its own: its writer stays free, its deleted items are noted.
    expect(remembered.deadFrom.size).toBe(0);
    expect(remembered.deletions.size).toBe(1);
    mergeRefusals(refusals, remembered);

    const resend = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(repeatsRefused(refusals, Y.decodeUpdate(resend), server, true)).toMatch(/deletion/);
    // The same deletion as an ordinary update (someone deleting it now) is judged on its own.
    expect(repeatsRefused(refusals, Y.decodeUpdate(refused), server, false)).toBe(undefined);
    // Once the server itself deleted the items, a resend deletes nothing that lives and passes.
    server.getMap('nodes').delete('a');
    expect(repeatsRefused(refusals, Y.decodeUpdate(resend), server, true)).toBe(undefined);
  });

  it('remember only what the server does not hold already', () => {
    const { server, client, edit } = setup();
    const first = edit((doc) => doc.getMap('nodes').set('c', 'drei'));
    Y.applyUpdate(server, first);
    const second = edit((doc) => doc.getMap('nodes').set('d', 'vier'));
    // The whole client state: its first change is the server's already, only the second is refused.
    const whole = Y.encodeStateAsUpdate(client);
    const remembered = refusalsOf(Y.decodeUpdate(whole), server, (c) => Y.getState(server.store, c));
    expect(remembered.deadFrom.get(client.clientID)).toBe(Y.getState(server.store, client.clientID));
    expect(Y.decodeUpdate(second).structs[0]?.id.clock).toBe(remembered.deadFrom.get(client.clientID));
  });

  it('merge to what was new, and cross instances intact', () => {
    const refusals = createRoomRefusals();
    const incoming = decodeRefusals(
      encodeRefusals({
        deadFrom: new Map([[4_294_967_295, 3]]),
        deletions: new Map([[7, [{ clock: 0, len: 2 }]]]),
      }),
    );
    expect(mergeRefusals(refusals, incoming).deadFrom.size).toBe(1);
    expect(mergeRefusals(refusals, incoming)).toEqual(createRoomRefusals());
    expect(refusals.deadFrom.get(4_294_967_295)).toBe(3);
    const earlier = mergeRefusals(refusals, {
      deadFrom: new Map([[4_294_967_295, 1]]),
      deletions: new Map(),
    });
    expect(earlier.deadFrom.get(4_294_967_295)).toBe(1);
  });
});
