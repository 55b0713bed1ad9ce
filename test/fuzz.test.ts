// Hostile input on the sync endpoint: malformed, truncated, oversized and flooding frames hurt only their own socket.
import * as encoding from 'lib0/encoding';
import { CLOSE, MESSAGE } from '@prozesswerk/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import {
  awarenessFrame,
  honestUpdate,
  mutatedUpdateFrame,
  randomFrame,
  randomValidFrame,
  syncFrame,
  twoVersionsOfTheSameEdits,
  updateDeletingAnEmptyRange,
  updateFrame,
  updateFromClient,
  updateReferringToItsOwnFuture,
  type Expectation,
  type FuzzFrame,
} from './support/fuzz-frames.ts';
import { closeCausedBy, sendAndObserve, syncUrl, type RawOutcome } from './support/raw-socket.ts';
import { createSeededRandom, seedFrom, type SeededRandom } from './support/seeded-random.ts';
import { createProcess, removeDataDir, startTestServer, type TestServer } from './support/server.ts';

const SEED = seedFrom('FUZZ_SEED', 0xf022_5eed);
const FUZZ_FRAMES = 3200;
const SOCKETS_AT_ONCE = 32;
const MAX_MESSAGE_BYTES = 65_536;
const FUZZ_ENV = { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES), MAX_MESSAGES_PER_SECOND: '100000' };
const MALFORMED = { code: CLOSE.malformedMessage.code, reason: CLOSE.malformedMessage.reason };

describe('the sync endpoint under hostile input', () => {
  let server: TestServer | undefined;
  const clients: StockClient[] = [];
  const dataDirs: string[] = [];

  const start = async (env: Record<string, string>, dataDir?: string) => {
    server = await startTestServer(env, dataDir);
    dataDirs.push(server.dataDir);
    return server;
  };
  const connect = (processId: string): StockClient => {
    if (!server) throw new Error('no server');
    const client = connectStockClient(server.url, processId, 'map', { token: server.adminToken });
    clients.push(client);
    return client;
  };
  const mapUrl = (processId: string) => syncUrl(server?.url ?? '', `${processId}/map`, server?.adminToken);

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = undefined;
    for (const dataDir of dataDirs.splice(0)) removeDataDir(dataDir);
  });

  it('closes a socket that sends a malformed frame with 4400 malformed-message, and the room carries on', async () => {
    const running = await start(FUZZ_ENV);
    const processId = await createProcess(running);
    const [anna, ben] = [connect(processId), connect(processId)];
    await Promise.all([whenSynced(anna), whenSynced(ben)]);

    const undecodable = Y.encodeStateAsUpdate(annaWith('Antrag prüfen')).slice(0, -3);
    expect(() => Y.decodeUpdate(undecodable)).toThrow();
    const malformed: [string, (Uint8Array | string)[]][] = [
      ['an empty frame', [new Uint8Array(0)]],
      ['a text frame', ['{"type":"sync"}']],
      ['an unknown message type', [new Uint8Array([7, 1, 2])]],
      ['an auth message, which only the server sends', [new Uint8Array([MESSAGE.auth, 0, 1, 65])]],
      ['an unknown sync message type', [syncFrame(9, new Uint8Array([1, 2, 3]))]],
      ['a truncated sync step 1', [new Uint8Array([MESSAGE.sync, 0, 5, 1])]],
      [
        'a length far beyond the frame',
        [new Uint8Array([MESSAGE.sync, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2])],
      ],
      [
        'a varint wider than 53 bits',
        [new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])],
      ],
      ['a document update that does not decode', [updateFrame(undecodable)]],
      ['an awareness update with broken JSON', [awarenessFrame(4711, 1, '{"user": {"name": "Eve"')]],
      ['an awareness update cut short inside', [truncatedAwareness()]],
      ['an update that deletes an empty range', [updateFrame(updateDeletingAnEmptyRange(4242))]],
      [
        'an update whose item refers to its own future',
        [updateFrame(updateFromClient(777, 5)), updateFrame(updateReferringToItsOwnFuture(777, 5))],
      ],
    ];
    for (const [what, frames] of malformed) {
      expect(await closeCausedBy(mapUrl(processId), frames), what).toEqual(MALFORMED);
    }

    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    await exchangeEdits(anna, ben, 'after-malformed');
    await expectFreshClientsToSync(processId, 'after-malformed-fresh');
  });

  it('shows a room after a restart as its clients saw it, even after one client sent two versions of its edits', async () => {
    const running = await start(FUZZ_ENV);
    const processId = await createProcess(running);
    const [anna, ben] = [connect(processId), connect(processId)];
    await Promise.all([whenSynced(anna), whenSynced(ben)]);

    const { forged, honest } = twoVersionsOfTheSameEdits(31337, 99991);
    expect(await sendAndObserve(mapUrl(processId), [updateFrame(forged), updateFrame(honest)])).toEqual({
      answered: true,
    });
    await waitFor(() => ben.doc.getMap('nodes').get('b') === 'zwei', 5000, 'the honest edit at ben');
    expect(ben.doc.getMap('nodes').toJSON()).toEqual({ a: 'eins', b: 'zwei' });

    for (const client of clients.splice(0)) client.destroy();
    await start(FUZZ_ENV, (await closeAndKeepData()).dataDir);
    const fresh = connect(processId);
    await whenSynced(fresh);
    expect(fresh.doc.getMap('nodes').toJSON()).toEqual({ a: 'eins', b: 'zwei' });
  });

  it('refuses a message over MAX_MESSAGE_BYTES with 4413 message-too-large and accepts one just under it', async () => {
    const processId = await createProcess(await start(FUZZ_ENV));
    const [anna, ben] = [connect(processId), connect(processId)];
    await Promise.all([whenSynced(anna), whenSynced(ben)]);

    const tooLarge = updateFrame(updateWithText('x'.repeat(MAX_MESSAGE_BYTES + 100)));
    expect(tooLarge.byteLength).toBeGreaterThan(MAX_MESSAGE_BYTES);
    expect(await closeCausedBy(mapUrl(processId), [tooLarge])).toEqual({
      code: CLOSE.messageTooLarge.code,
      reason: CLOSE.messageTooLarge.reason,
    });
    expect(anna.doc.getText('big').length).toBe(0);
    // Far past the limit too (ws itself stops reading such a frame): the same named close, not a bare 1006.
    const farTooLarge = updateFrame(updateWithText('z'.repeat(MAX_MESSAGE_BYTES * 3)));
    expect(await closeCausedBy(mapUrl(processId), [farTooLarge])).toEqual({
      code: CLOSE.messageTooLarge.code,
      reason: CLOSE.messageTooLarge.reason,
    });

    const justUnder = updateFrame(updateWithText('y'.repeat(MAX_MESSAGE_BYTES - 200)));
    expect(justUnder.byteLength).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(await sendAndObserve(mapUrl(processId), [justUnder])).toEqual({ answered: true });
    await waitFor(
      () => ben.doc.getText('big').length === MAX_MESSAGE_BYTES - 200,
      5000,
      'the large edit at ben',
    );
    await exchangeEdits(anna, ben, 'after-oversize');
  });

  it('closes a socket that floods messages with 4429 rate-limited, while a calm client keeps syncing', async () => {
    const processId = await createProcess(await start({ MAX_MESSAGES_PER_SECOND: '20' }));
    const [anna, ben] = [connect(processId), connect(processId)];
    await Promise.all([whenSynced(anna), whenSynced(ben)]);

    const flood = Array.from({ length: 200 }, () => new Uint8Array([MESSAGE.queryAwareness]));
    expect(await closeCausedBy(mapUrl(processId), flood)).toEqual({
      code: CLOSE.rateLimited.code,
      reason: CLOSE.rateLimited.reason,
    });
    await exchangeEdits(anna, ben, 'after-flood');
  });

  it('stays up through thousands of random frames: other rooms keep syncing and the fuzzed room still works', async () => {
    const random = createSeededRandom(SEED);
    console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const running = await start(FUZZ_ENV);
    const { url } = running;
    const fuzzed = await createProcess(running, 'Fuzzing');
    const calm = await createProcess(running, 'Ruhiger Prozess');
    const [alice, bob] = [connect(calm), connect(calm)];
    const bystander = connect(fuzzed);
    await Promise.all([alice, bob, bystander].map((client) => whenSynced(client)));

    const pool = Array.from({ length: 40 }, () => honestUpdate(random));
    const plans = planSockets(random, pool, { url, token: running.adminToken, fuzzed });
    const tally = new Map<string, number>();
    for (let first = 0, batch = 0; first < plans.length; first += SOCKETS_AT_ONCE, batch++) {
      const slice = plans.slice(first, first + SOCKETS_AT_ONCE);
      const outcomes = await Promise.all(
        slice.map((plan) =>
          sendAndObserve(
            plan.url,
            plan.frames.map((f) => f.data),
          ),
        ),
      );
      slice.forEach((plan, i) => {
        const outcome = outcomes[i]!;
        expect(outcome, describePlan(plan)).toSatisfy((o: RawOutcome) => plan.allows(o));
        const key = 'answered' in outcome ? 'answered' : `closed ${outcome.closed.code}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        if ('answered' in outcome && plan.frames.some((frame) => frame.kind === 'mutated-update')) {
          tally.set('accepted mutated updates', (tally.get('accepted mutated updates') ?? 0) + 1);
        }
      });
      if (batch % 5 === 0) {
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
        await exchangeEdits(alice, bob, `calm-${batch}`);
      }
    }
    const frameCount = plans.reduce((sum, plan) => sum + plan.frames.length, 0);
    console.log(`fuzz: ${frameCount} frames on ${plans.length} sockets`, Object.fromEntries(tally));
    expect(frameCount).toBeGreaterThanOrEqual(FUZZ_FRAMES);
    expect(tally.get('answered') ?? 0, 'sockets whose frames were all accepted').toBeGreaterThan(40);
    expect(tally.get('accepted mutated updates') ?? 0, 'mangled updates that still decoded').toBeGreaterThan(
      15,
    );
    expect(tally.get(`closed ${MALFORMED.code}`) ?? 0, 'sockets closed as malformed').toBeGreaterThan(500);

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    await exchangeEdits(alice, bob, 'calm-after');
    const fresh = await expectFreshClientsToSync(fuzzed, 'fuzzed-after');
    await waitFor(
      () => bystander.doc.getMap('nodes').has('fuzzed-after-1'),
      5000,
      'the edit at the bystander',
    );
    const mapBeforeRestart = fresh.doc.getMap('nodes').toJSON();

    // The garbage that happened to decode was stored as well: the room must load again, just as clients saw it.
    for (const client of clients.splice(0)) client.destroy();
    await start(FUZZ_ENV, (await closeAndKeepData()).dataDir);
    const reloaded = await expectFreshClientsToSync(fuzzed, 'fuzzed-after-restart');
    const mapAfterRestart = reloaded.doc.getMap('nodes').toJSON();
    for (const [key, value] of Object.entries(mapBeforeRestart))
      expect(mapAfterRestart[key], key).toEqual(value);
  });

  /** Two new clients of a room sync with the server and with each other; returns the first. */
  async function expectFreshClientsToSync(processId: string, key: string): Promise<StockClient> {
    const [first, second] = [connect(processId), connect(processId)];
    await Promise.all([whenSynced(first), whenSynced(second)]);
    await exchangeEdits(first, second, key);
    await waitFor(
      () =>
        JSON.stringify(first.doc.getMap('nodes').toJSON()) ===
        JSON.stringify(second.doc.getMap('nodes').toJSON()),
      5000,
      'both fresh clients to read the same map',
    );
    return first;
  }

  async function closeAndKeepData(): Promise<{ dataDir: string }> {
    if (!server) throw new Error('no server');
    const dataDir = server.dataDir;
    await server.close();
    server = undefined;
    return { dataDir };
  }
});

type Plan = { target: string; url: string; frames: FuzzFrame[]; allows(outcome: RawOutcome): boolean };

/** Sockets with one to four random frames each, mostly to the fuzzed map room, some to rooms that refuse them. */
function planSockets(
  random: SeededRandom,
  pool: readonly Uint8Array[],
  where: { url: string; token: string; fuzzed: string },
): Plan[] {
  const closedWith = (code: number) => (outcome: RawOutcome) =>
    'closed' in outcome && outcome.closed.code === code;
  const targets: { weight: number; target: string; room: string; token?: string; refusal?: number }[] = [
    { weight: 80, target: 'fuzzed map', room: `${where.fuzzed}/map`, token: where.token },
    { weight: 4, target: 'fuzzed discussion', room: `${where.fuzzed}/discussion`, token: where.token },
    { weight: 4, target: 'fuzzed session', room: `${where.fuzzed}/session`, token: where.token },
    { weight: 3, target: 'unknown channel', room: `${where.fuzzed}/chat`, token: where.token, refusal: 4405 },
    { weight: 3, target: 'unknown process', room: 'p_does_not_exist/map', token: where.token, refusal: 4404 },
    {
      weight: 3,
      target: 'invalid process id',
      room: 'not%20an%20id!/map',
      token: where.token,
      refusal: 4404,
    },
    { weight: 3, target: 'no credentials', room: `${where.fuzzed}/map`, refusal: 4401 },
  ];
  const totalWeight = targets.reduce((sum, target) => sum + target.weight, 0);
  const plans: Plan[] = [];
  let frames = 0;
  while (frames < FUZZ_FRAMES) {
    let roll = random.next() * totalWeight;
    const target = targets.find((candidate) => (roll -= candidate.weight) < 0) ?? targets[0]!;
    // Some sockets behave until a mangled update at the end, so that garbage which still decodes gets stored.
    const socketFrames = random.chance(0.3)
      ? [
          ...Array.from({ length: random.int(0, 3) }, () => randomValidFrame(random, pool)),
          mutatedUpdateFrame(random, pool),
        ]
      : Array.from({ length: random.int(1, 5) }, () => randomFrame(random, pool));
    frames += socketFrames.length;
    const expectation = combined(socketFrames.map((frame) => frame.expect));
    const allows =
      target.refusal !== undefined
        ? closedWith(target.refusal)
        : (outcome: RawOutcome) =>
            'answered' in outcome
              ? expectation !== 'malformed'
              : expectation !== 'accepted' &&
                outcome.closed.code === MALFORMED.code &&
                outcome.closed.reason === MALFORMED.reason;
    plans.push({
      target: target.target,
      url: syncUrl(where.url, target.room, target.token),
      frames: socketFrames,
      allows,
    });
  }
  return plans;
}

/** A socket is closed at its first malformed frame; frames that may go either way allow both outcomes. */
function combined(expectations: Expectation[]): Expectation {
  if (expectations.includes('malformed')) return 'malformed';
  return expectations.includes('either') ? 'either' : 'accepted';
}

function describePlan(plan: Plan): string {
  const frames = plan.frames.map((frame) => {
    const bytes =
      typeof frame.data === 'string'
        ? `text ${JSON.stringify(frame.data)}`
        : Buffer.from(frame.data).toString('hex');
    return `${frame.kind} (${frame.expect}): ${bytes.slice(0, 400)}`;
  });
  return `socket to ${plan.target} with frames:\n  ${frames.join('\n  ')}`;
}

async function exchangeEdits(a: StockClient, b: StockClient, key: string): Promise<void> {
  a.doc.getMap('nodes').set(`${key}-1`, 'von A');
  await waitFor(() => b.doc.getMap('nodes').get(`${key}-1`) === 'von A', 10_000, `${key}-1 to arrive`);
  b.doc.getMap('nodes').set(`${key}-2`, 'von B');
  await waitFor(() => a.doc.getMap('nodes').get(`${key}-2`) === 'von B', 10_000, `${key}-2 to arrive`);
}

function annaWith(label: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('nodes').set('n1', label);
  return doc;
}

function updateWithText(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('big').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** An awareness message whose outer length is right but whose inner update stops in the middle of a state. */
function truncatedAwareness(): Uint8Array {
  const whole = awarenessFrame(4711, 1, '{"user":{"name":"Eve"}}');
  const inner = whole.slice(2, -5);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, inner);
  return encoding.toUint8Array(encoder);
}
