// What the screen shows is what is stored: random workshops (lock, unlock, offline, online, edits) run through our client's session.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addNode,
  asNodeId,
  createThread,
  deleteNode,
  readProcessMap,
  readSession,
  relabelNode,
  setLocked,
  setNodeAttrs,
} from '@prozesswerk/process-model';
import { CHANNELS, roomName, type Channel } from '@prozesswerk/protocol';
import { overallStatus } from '../client/src/sync/session-status.ts';
import { readStoredDoc } from '../server/src/library/stored-docs.ts';
import { seedMap } from './e2e/support/seed.ts';
import { waitFor } from './support/clients.ts';
import { openNodeSession, type NodeSession } from './support/node-session.ts';
import {
  createProcess,
  removeDataDir,
  seedMember,
  startTestServer,
  type TestServer,
} from './support/server.ts';

const FACILITATOR = 0;
type Who = 0 | 1 | 2;
type EditKind = 'wait' | 'rename' | 'add' | 'delete' | 'comment';
type Op =
  | { kind: 'lock' | 'unlock' }
  | { kind: 'offline' | 'online'; who: Who }
  | { kind: 'edit'; who: Who; edit: EditKind; node: number };

const whoArb = fc.constantFrom<Who>(0, 1, 2);
// Weighted so that runs often reach the interesting order: an editor offline, a lock, an edit, back online.
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('lock' as const, 'lock' as const, 'unlock' as const) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('offline' as const, 'online' as const),
      who: fc.constantFrom<Who>(1, 2, 1, 2, 0),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      who: whoArb,
      edit: fc.constantFrom<EditKind>('wait', 'rename', 'add', 'delete', 'comment'),
      node: fc.nat(2),
    }),
  },
);

type Edit = {
  who: Who;
  kind: EditKind;
  node: string;
  value: string | number;
  outcome?: 'stored' | 'refused';
};
type Range = { client: number; clock: number; len: number };

let server: TestServer;
let tokens: { token: string; userId: string }[];
/** Per room, a document of exactly what storage holds, updated as each write commits (before any ack). */
const stored = new Map<string, Y.Doc>();
/** Over all runs: how many edits the server refused and how many "saved" claims were checked. */
const seen = { refused: 0, stored: 0, savedClaims: 0 };

beforeAll(async () => {
  server = await startTestServer();
  tokens = [
    await seedMember(server, 'facilitator'),
    await seedMember(server, 'editor'),
    await seedMember(server, 'editor'),
  ];
  const appendUpdates = server.store.appendUpdates.bind(server.store);
  server.store.appendUpdates = async (batch) => {
    await appendUpdates(batch);
    for (const { room, update } of batch) {
      const doc = stored.get(room) ?? new Y.Doc();
      stored.set(room, doc);
      Y.applyUpdate(doc, update);
    }
  };
});

afterAll(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

const storedMap = (processId: string): Promise<Y.Doc> => readStoredDoc(server.store, processId, 'map');

/**
 * Watches one client for a "saved" it cannot back: whenever its status says every change is stored, each of
 * its documents' own items and local deletions must be in storage already.
 */
function honestyMonitor(processId: string, client: NodeSession, name: string, violations: string[]) {
  const deletions = new WeakMap<Y.Doc, Range[]>();
  const hook = () => {
    for (const channel of CHANNELS) {
      const doc = client.session[channel].doc();
      if (deletions.has(doc)) continue;
      const ranges: Range[] = [];
      deletions.set(doc, ranges);
      doc.on('afterTransaction', (transaction: Y.Transaction) => {
        if (!transaction.local) return;
        for (const [owner, items] of transaction.deleteSet.clients)
          for (const { clock, len } of items) ranges.push({ client: owner, clock, len });
      });
    }
  };
  const check = (when: string) => {
    hook();
    if (!overallStatus(client.session.status.getState()).saved) return;
    seen.savedClaims += 1;
    for (const channel of CHANNELS) {
      const doc = client.session[channel].doc();
      const server = stored.get(roomName(processId, channel as Channel)) ?? new Y.Doc();
      const mine = Y.getState(doc.store, doc.clientID);
      if (mine > Y.getState(server.store, doc.clientID))
        violations.push(`${name} said saved ${when} holding ${channel} clock ${mine} not stored`);
      const deleted = Y.createDeleteSetFromStructStore(server.store);
      for (const range of deletions.get(doc) ?? []) {
        for (let clock = range.clock; clock < range.clock + range.len; clock++) {
          if (!Y.isDeleted(deleted, new Y.ID(range.client, clock))) {
            violations.push(`${name} said saved ${when} holding a ${channel} deletion not stored`);
            break;
          }
        }
      }
    }
  };
  const stop = client.session.status.subscribe(() => check('on a status change'));
  return { hook, check, stop };
}

const settled = (client: NodeSession) => {
  const status = client.session.status.getState();
  return CHANNELS.every(
    (channel) => status[channel].synced && !status[channel].rebuilding && status[channel].unsaved === 0,
  );
};

async function runWorkshop(ops: Op[]): Promise<void> {
  const processId = await createProcess(server, 'Gewerbeanmeldung');
  const nodeIds: string[] = [];
  await seedMap(server, processId, (doc) => {
    for (const [index, label] of ['Antrag prüfen', 'Gebühr kassieren', 'Bescheid erstellen'].entries())
      nodeIds.push(addNode(doc, { kind: 'activity', label, x: index * 200, y: 0 }));
  });
  const clients = tokens.map(({ token }) => openNodeSession(server.url, processId, token));
  const names = ['Moderation', 'Bearbeitung A', 'Bearbeitung B'];
  const people = tokens.map(({ userId }, index) => ({ id: userId, name: names[index] ?? '' }));
  const violations: string[] = [];
  const monitors = clients.map((client, index) =>
    honestyMonitor(processId, client, names[index] ?? '', violations),
  );
  const edits: Edit[] = [];
  const offlineEdits = new Map<Who, Edit[]>([
    [0, []],
    [1, []],
    [2, []],
  ]);
  let locked = false;
  const at = (who: Who) => clients[who] as NodeSession;
  const settle = async (who: Who, what: string) => {
    await waitFor(() => settled(at(who)), 20_000, `${names[who]} to settle after ${what}`);
  };

  try {
    for (const client of clients) await waitFor(() => settled(client), 20_000, 'the sessions to load');

    const goOnline = async (who: Who) => {
      const client = at(who);
      if (client.online()) return;
      const pending = offlineEdits.get(who) ?? [];
      const refusedBefore = client.session.status.getState().map.refused.length;
      // The server judges the whole offline batch of map edits on arrival: refused while locked, for good.
      const refused = who !== FACILITATOR && locked && pending.some((edit) => edit.kind !== 'comment');
      for (const edit of pending) edit.outcome = refused && edit.kind !== 'comment' ? 'refused' : 'stored';
      offlineEdits.set(who, []);
      client.goOnline();
      await settle(who, 'coming back online');
      const notices = client.session.status.getState().map.refused;
      // Told exactly when something was refused: a reconnect that brings nothing new is no refusal.
      if (refused) expect(notices.at(-1)?.reason).toBe('map-locked');
      expect(notices.length).toBe(refusedBefore + (refused ? 1 : 0));
    };

    const setLock = async (value: boolean) => {
      const facilitator = at(FACILITATOR);
      if (!facilitator.online()) return;
      setLocked(facilitator.session.session.doc(), { locked: value, by: people[FACILITATOR]! });
      locked = value;
      await settle(FACILITATOR, 'the lock');
      for (const client of clients.filter((candidate) => candidate.online())) {
        await waitFor(
          () => readSession(client.session.session.doc()).locked === value,
          20_000,
          'the lock to reach everyone online',
        );
      }
    };

    const edit = async (who: Who, kind: EditKind, pick: number) => {
      const client = at(who);
      monitors[who]?.hook();
      const status = client.session.status.getState();
      // The editor stops what the lock blocks, as far as this person knows of the lock (offline: not at all).
      const knowsLocked = readSession(client.session.session.doc()).locked;
      if (kind !== 'comment' && ((who !== FACILITATOR && knowsLocked) || status.map.rebuilding)) return;
      const map = client.session.map.doc();
      const serial = edits.length;
      let record: Edit;
      if (kind === 'wait' || kind === 'rename') {
        const node = nodeIds[pick]!;
        if (!readProcessMap(map).nodes.some((candidate) => candidate.id === node)) return;
        const value = kind === 'wait' ? 1000 + serial : `Umbenannt ${serial}`;
        if (typeof value === 'number') setNodeAttrs(map, asNodeId(node), { waitMin: value });
        else relabelNode(map, asNodeId(node), value);
        record = { who, kind, node, value };
      } else if (kind === 'add') {
        const value = `Neu ${serial}`;
        record = { who, kind, node: addNode(map, { kind: 'activity', label: value, x: 0, y: 300 }), value };
      } else if (kind === 'delete') {
        // Each person deletes only steps they added, so a refused deletion can be told from anyone else's.
        const own = edits.filter(
          (known) =>
            known.who === who &&
            known.kind === 'add' &&
            known.outcome !== 'refused' &&
            readProcessMap(map).nodes.some((node) => node.id === known.node),
        );
        const target = own[pick % Math.max(own.length, 1)];
        if (!target) return;
        deleteNode(map, asNodeId(target.node));
        record = { who, kind, node: target.node, value: serial };
      } else {
        const value = `Kommentar ${serial}`;
        createThread(client.session.discussion.doc(), {
          anchor: { type: 'point', x: 10, y: 10 },
          author: people[who]!,
          text: value,
        });
        record = { who, kind, node: '', value };
      }
      edits.push(record);
      monitors[who]?.check('right after an edit');
      if (client.online()) {
        await settle(who, `an edit (${kind})`);
        record.outcome = 'stored';
      } else {
        offlineEdits.get(who)?.push(record);
      }
    };

    for (const op of ops) {
      if (op.kind === 'edit') await edit(op.who, op.edit, op.node);
      else if (op.kind === 'offline') at(op.who).goOffline();
      else if (op.kind === 'online') await goOnline(op.who);
      else await setLock(op.kind === 'lock');
    }

    const expectNoRefusedEditStored = async () => {
      const map = readProcessMap(await storedMap(processId));
      for (const refused of edits.filter((known) => known.outcome === 'refused')) {
        const node = map.nodes.find((candidate) => candidate.id === refused.node);
        if (refused.kind === 'wait') expect(node?.attrs.waitMin).not.toBe(refused.value);
        if (refused.kind === 'rename') expect(node?.label).not.toBe(refused.value);
        if (refused.kind === 'add') expect(node).toBeUndefined();
        const deletedLater = edits.some(
          (known) => known.kind === 'delete' && known.node === refused.node && known.outcome === 'stored',
        );
        const neverAdded = edits.some(
          (known) => known.kind === 'add' && known.node === refused.node && known.outcome === 'refused',
        );
        if (refused.kind === 'delete' && !deletedLater && !neverAdded) expect(node).toBeDefined();
      }
      return map;
    };

    // Everyone comes back; then the facilitator unlocks and every editor reconnects once more (Repro A and B).
    for (const who of [0, 1, 2] as const) await goOnline(who);
    await expectNoRefusedEditStored();
    if (locked) await setLock(false);
    for (const who of [1, 2] as const) {
      at(who).goOffline();
      await goOnline(who);
    }
    const map = await expectNoRefusedEditStored();
    for (const [index, client] of clients.entries()) {
      await waitFor(
        () => JSON.stringify(readProcessMap(client.session.map.doc())) === JSON.stringify(map),
        20_000,
        `${names[index]}'s map to equal the stored map`,
      );
    }
    expect(violations).toEqual([]);
    for (const known of edits) if (known.outcome) seen[known.outcome] += 1;
  } finally {
    for (const monitor of monitors) monitor.stop();
    for (const client of clients) client.destroy();
  }
}

describe('a workshop with a facilitator and two editors, in random order', () => {
  it('never stores an edit refused under the lock, ends with every client equal to storage, and never says saved early', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 24 }), runWorkshop), {
      seed: 20261202,
      numRuns: 20,
      endOnFailure: true,
    });
    // The runs reached what they are about: edits refused under the lock, others stored, "saved" checked.
    console.log('edits and saved claims over all runs', seen);
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.stored).toBeGreaterThan(0);
    expect(seen.savedClaims).toBeGreaterThan(0);
  });
});
