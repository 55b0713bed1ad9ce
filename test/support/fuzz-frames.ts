// Test support: random, truncated and hostile y-websocket frames, each tagged with what the server must do with it.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MESSAGE } from '@prozesswerk/protocol';
import * as Y from 'yjs';
import type { SeededRandom } from './seeded-random.ts';

/** `malformed`: the server must close with 4400; `accepted`: it must keep the socket; `either`: decides by content. */
export type Expectation = 'malformed' | 'accepted' | 'either';
export type FuzzFrame = { kind: string; data: Uint8Array | string; expect: Expectation };

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function updateFrame(update: Uint8Array): Uint8Array {
  return syncFrame(SYNC_UPDATE, update);
}

/** Sync step 1 with an empty state vector: the server answers with sync step 2 (its whole document). */
export function syncStep1Probe(): Uint8Array {
  return syncFrame(SYNC_STEP_1, new Uint8Array([0]));
}

export function isSyncStep2(data: Uint8Array): boolean {
  return data[0] === MESSAGE.sync && data[1] === SYNC_STEP_2;
}

/** Whether the server reads this frame as sync step 1, which it answers with sync step 2 (or a close). */
export function asksForSyncStep2(frame: Uint8Array | string): boolean {
  if (typeof frame === 'string') return false;
  const decoder = decoding.createDecoder(frame);
  try {
    return decoding.readVarUint(decoder) === MESSAGE.sync && decoding.readVarUint(decoder) === SYNC_STEP_1;
  } catch {
    // Too short to carry a sync step: the server closes the socket instead of answering.
    return false;
  }
}

/** An awareness message announcing one client whose state is the given text (JSON or not). */
export function awarenessFrame(clientId: number, clock: number, stateText: string): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, stateText);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
  return encoding.toUint8Array(encoder);
}

/** A complete, self-contained update from a new client: nodes, an order array, a title, some deletions. */
export function honestUpdate(random: SeededRandom): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = random.int(1, 0x7fffffff);
  const nodes = doc.getMap('nodes');
  const order = doc.getArray<string>('order');
  const title = doc.getText('title');
  const edits = random.int(1, 6);
  for (let i = 0; i < edits; i++) {
    const id = `n${random.int(0, 1_000_000)}`;
    const node = new Y.Map<unknown>();
    nodes.set(id, node);
    node.set('kind', random.pick(['activity', 'decision', 'start', 'end', 'note']));
    node.set('label', `Schritt ${random.int(0, 1000)}`);
    node.set('x', random.int(-500, 500));
    order.push([id]);
    title.insert(0, random.pick(['Antrag ', 'Prüfung ', 'Bescheid ']));
    if (random.chance(0.3)) nodes.delete(id);
    if (random.chance(0.2) && title.length > 2) title.delete(0, 2);
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Flips, inserts, deletes or splices a few bytes: often still decodable, rarely still meaningful. */
export function mutateBytes(
  random: SeededRandom,
  source: Uint8Array,
  donors: readonly Uint8Array[],
): Uint8Array {
  const bytes = Array.from(source);
  const operations = random.int(1, 5);
  for (let i = 0; i < operations; i++) {
    const at = random.int(0, bytes.length + 1);
    const roll = random.next();
    if (roll < 0.6) bytes[Math.min(at, bytes.length - 1)] = random.int(0, 256);
    else if (roll < 0.75) bytes.splice(at, 0, random.int(0, 256));
    else if (roll < 0.9) bytes.splice(at, 1);
    else {
      const donor = random.pick(donors);
      const from = random.int(0, donor.length);
      bytes.splice(at, 0, ...donor.slice(from, from + random.int(1, 12)));
    }
  }
  return Uint8Array.from(bytes);
}

const WEIRD_BUT_VALID_STATES = [
  'null',
  '123',
  '"text"',
  '[]',
  '{}',
  '{"user":{"name":"Eve","color":"#f00"}}',
];

type Generator = { weight: number; make(random: SeededRandom, pool: readonly Uint8Array[]): FuzzFrame };

const GENERATORS: Generator[] = [
  { weight: 2, make: () => ({ kind: 'empty', data: new Uint8Array(0), expect: 'malformed' }) },
  {
    weight: 8,
    // Random bytes may happen to form a harmless message (e.g. [3] asks for awareness).
    make: (random) => ({ kind: 'random-bytes', data: random.bytes(random.int(1, 300)), expect: 'either' }),
  },
  {
    weight: 10,
    // Every message ends in a length-prefixed field, so any cut leaves it short.
    make: (random, pool) => {
      const whole = random.pick(validFrames(random, pool).filter((frame) => frame.length > 1));
      return {
        kind: 'truncated-valid',
        data: whole.slice(0, random.int(1, whole.length)),
        expect: 'malformed',
      };
    },
  },
  {
    weight: 10,
    make: (random) => ({
      kind: 'garbage-update',
      data: syncFrame(random.pick([SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE]), random.bytes(random.int(0, 120))),
      expect: 'either',
    }),
  },
  { weight: 25, make: mutatedUpdateFrame },
  {
    weight: 5,
    make: (random) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, random.pick([MESSAGE.sync, MESSAGE.awareness]));
      if (random.chance(0.5)) encoding.writeVarUint(encoder, random.int(0, 3));
      // A length far beyond the frame, or a varint wider than any safe integer.
      if (random.chance(0.5)) encoding.writeVarUint(encoder, 2 ** 32 + random.int(0, 2 ** 20));
      else for (let i = 0; i < 10; i++) encoding.writeUint8(encoder, 0xff);
      encoding.writeUint8Array(encoder, random.bytes(random.int(0, 8)));
      return { kind: 'huge-length', data: encoding.toUint8Array(encoder), expect: 'malformed' };
    },
  },
  { weight: 4, make: (random) => ({ kind: 'text', data: randomText(random, 40), expect: 'malformed' }) },
  {
    weight: 6,
    make: (random) => {
      const syncType = random.int(0, 6);
      const data = syncFrame(syncType, random.bytes(random.int(0, 60)));
      return { kind: `sync-type-${syncType}`, data, expect: syncType > SYNC_UPDATE ? 'malformed' : 'either' };
    },
  },
  {
    weight: 6,
    make: (random) => ({
      kind: 'awareness-garbage-json',
      // An opening quote that is never closed: no JSON parser accepts it.
      data: awarenessFrame(
        random.int(1, 0x7fffffff),
        random.int(0, 100),
        `{"${randomText(random, 20, 'abc{}:,[] 01')}`,
      ),
      expect: 'malformed',
    }),
  },
  {
    weight: 4,
    make: (random) => ({
      kind: 'awareness-odd-state',
      data: awarenessFrame(
        random.int(1, 0x7fffffff),
        random.int(0, 100),
        random.pick(WEIRD_BUT_VALID_STATES),
      ),
      expect: 'accepted',
    }),
  },
  {
    weight: 5,
    make: (random) => {
      const type = random.pick([MESSAGE.auth, MESSAGE.saved, random.int(4, 100), random.int(101, 100_000)]);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, type);
      encoding.writeUint8Array(encoder, random.bytes(random.int(0, 30)));
      return { kind: `unknown-type-${type}`, data: encoding.toUint8Array(encoder), expect: 'malformed' };
    },
  },
  { weight: 10, make: randomValidFrame },
];

const TOTAL_WEIGHT = GENERATORS.reduce((sum, generator) => sum + generator.weight, 0);

export function randomFrame(random: SeededRandom, pool: readonly Uint8Array[]): FuzzFrame {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const generator of GENERATORS) {
    roll -= generator.weight;
    if (roll < 0) return generator.make(random, pool);
  }
  return GENERATORS[0]!.make(random, pool);
}

/** A valid update with a few bytes mangled, in a well-formed sync message. */
export function mutatedUpdateFrame(random: SeededRandom, pool: readonly Uint8Array[]): FuzzFrame {
  const update = mutateBytes(random, random.pick(pool), pool);
  return {
    kind: 'mutated-update',
    data: syncFrame(random.pick([SYNC_STEP_2, SYNC_UPDATE]), update),
    expect: 'either',
  };
}

/** One well-formed frame, as a stock client could send it. */
export function randomValidFrame(random: SeededRandom, pool: readonly Uint8Array[]): FuzzFrame {
  return { kind: 'valid', data: random.pick(validFrames(random, pool)), expect: 'accepted' };
}

/** Well-formed frames a stock client could send: updates, sync step 1 with any state vector, awareness, query. */
function validFrames(random: SeededRandom, pool: readonly Uint8Array[]): Uint8Array[] {
  const stateVector = new Map<number, number>();
  for (let i = random.int(0, 4); i > 0; i--)
    stateVector.set(random.int(1, 0x7fffffff), random.int(0, 10_000));
  return [
    updateFrame(random.pick(pool)),
    syncFrame(SYNC_STEP_2, random.pick(pool)),
    syncFrame(SYNC_STEP_1, Y.encodeStateVector(stateVector)),
    awarenessFrame(random.int(1, 0x7fffffff), random.int(0, 100), JSON.stringify({ user: { name: 'Gast' } })),
    new Uint8Array([MESSAGE.queryAwareness]),
  ];
}

function randomText(
  random: SeededRandom,
  maxLength: number,
  alphabet = 'abcXYZ019 {}[]":,\\äöü€\u0000\ud83d',
): string {
  let text = '';
  for (let i = random.int(1, maxLength); i > 0; i--) text += alphabet[random.int(0, alphabet.length)];
  return text;
}

/** An honest update from a chosen client: one array item of `length` elements, clocks 0 to length - 1. */
export function updateFromClient(client: number, length: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getArray('order').insert(
    0,
    Array.from({ length }, (_, i) => i),
  );
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * A hand-written update (format v1) whose only item, at `clock`, names as its left neighbour an item of the
 * same client at a later clock. Yjs decodes it, but integrating it throws once the clocks before it exist.
 */
export function updateReferringToItsOwnFuture(client: number, clock: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // clients with structs
  encoding.writeVarUint(encoder, 1); // structs of this client
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  encoding.writeUint8(encoder, 0x80 | 4); // has origin, string content
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock + 4);
  encoding.writeVarString(encoder, 'x');
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

/** A hand-written update (format v1) that only deletes an empty range; Yjs decodes it but cannot apply it. */
export function updateDeletingAnEmptyRange(client: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // delete set: one client
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 1); // one range
  encoding.writeVarUint(encoder, 7); // clock
  encoding.writeVarUint(encoder, 0); // length
  return encoding.toUint8Array(encoder);
}

/**
 * Two versions of the same two edits by one client (same ids): the honest one sets nodes.a and nodes.b; the
 * forged one (written by hand, format v1) hangs its second item on an item of a client nobody has seen, so
 * Yjs keeps that item pending. Sent forged-first, the server integrates `a` from the forged version and `b`
 * from the honest one.
 */
export function twoVersionsOfTheSameEdits(
  client: number,
  stranger: number,
): { forged: Uint8Array; honest: Uint8Array } {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getMap('nodes').set('a', 'eins');
  doc.getMap('nodes').set('b', 'zwei');
  const honest = Y.encodeStateAsUpdate(doc);
  doc.destroy();

  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // clients with structs
  encoding.writeVarUint(encoder, 2); // structs of this client
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 0); // first clock
  encoding.writeUint8(encoder, 0x20 | 8); // map entry (parent key), any content
  encoding.writeVarUint(encoder, 1); // parent is a root type, by name
  encoding.writeVarString(encoder, 'nodes');
  encoding.writeVarString(encoder, 'a');
  encoding.writeVarUint(encoder, 1);
  encoding.writeAny(encoder, 'eins');
  encoding.writeUint8(encoder, 0x80 | 8); // has origin, any content
  encoding.writeVarUint(encoder, stranger);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  encoding.writeAny(encoder, 'gefälscht');
  encoding.writeVarUint(encoder, 0); // empty delete set
  return { forged: encoding.toUint8Array(encoder), honest };
}
