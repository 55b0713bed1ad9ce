// Convergence: peers editing concurrently and syncing in any order end with the same valid map.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProcessDoc, getEdges, initProcessDoc } from './doc.ts';
import { connect, disconnect } from './edge-mutations.ts';
import { isProcessModelError } from './errors.ts';
import { asEdgeId, asLaneId, asNodeId } from './ids.ts';
import type { EdgeId, LaneId, NodeId } from './ids.ts';
import { addLane, deleteLane } from './lane-mutations.ts';
import { addNode, deleteNode, moveNode, relabelNode, setNodeAttrs } from './node-mutations.ts';
import { readProcessMap } from './read.ts';
import { EDGE_KINDS, LANE_KINDS, MEDIA, NODE_KINDS } from './schema.ts';
import type { ActivityAttrsPatch } from './schema.ts';
import { REMOTE_ORIGIN, createPeers, onLocalUpdate, syncDocs } from './test-network.ts';
import { validateProcessMap } from './validate.ts';
import { createSeededRandom } from '../../../test/support/seeded-random.ts';

// --- Shared state every scenario starts from ------------------------------------------------

function createInitialDoc() {
  const doc = createProcessDoc();
  doc.clientID = 100;
  initProcessDoc(doc);
  const lane = addLane(doc, { label: 'Sachbearbeitung', kind: 'role' });
  const start = addNode(doc, { kind: 'start', label: 'Antrag geht ein', x: 0, y: 0 });
  const check = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 200, y: 0, laneId: lane });
  const decide = addNode(doc, { kind: 'decision', label: 'Vollständig?', x: 400, y: 0 });
  const end = addNode(doc, { kind: 'end', label: 'Bescheid', x: 600, y: 0 });
  const edges = [
    connect(doc, { source: start, target: check }),
    connect(doc, { source: check, target: decide }),
    connect(doc, { source: decide, target: end, label: 'ja' }),
  ];
  return { doc, lane, nodes: [start, check, decide, end], edges };
}

function expectConverged(docs: readonly Y.Doc[]): void {
  const [first, ...rest] = docs.map((doc) => ({
    stateVector: Y.decodeStateVector(Y.encodeStateVector(doc)),
    content: doc.toJSON(),
    map: readProcessMap(doc),
  }));
  for (const other of rest) expect(other).toEqual(first);
  for (const doc of docs) {
    expect(doc.store.pendingStructs).toBeNull();
    expect(doc.store.pendingDs).toBeNull();
  }
  const map = first!.map;
  expect(validateProcessMap(map).error?.issues).toBeUndefined();
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  for (const edge of map.edges) {
    expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
  }
}

// --- Deterministic scenarios ----------------------------------------------------------------

describe('concurrent edits of two peers', () => {
  it('a node deleted by one peer while another connects to it ends with no visible edge to it', () => {
    for (const order of ['a-first', 'b-first'] as const) {
      const { doc, nodes } = createInitialDoc();
      const [a, b] = createPeers(doc, 2);
      const [start, , , end] = nodes as [NodeId, NodeId, NodeId, NodeId];
      deleteNode(a!, end);
      const edge = connect(b!, { source: start, target: end, label: 'direkt' });
      if (order === 'a-first') syncDocs(a!, b!);
      else syncDocs(b!, a!);

      expectConverged([a!, b!]);
      const map = readProcessMap(a!);
      expect(map.nodes.map((n) => n.id)).not.toContain(end);
      expect(map.edges.map((e) => e.id)).not.toContain(edge);
      // The edge is still in the doc (nobody deleted it), readers just do not draw it.
      expect(getEdges(a!).has(edge)).toBe(true);
    }
  });

  it('a node moved by one peer while another deletes it stays deleted, with its edges', () => {
    const { doc, nodes } = createInitialDoc();
    const [a, b] = createPeers(doc, 2);
    const check = nodes[1]!;
    moveNode(a!, check, 250, 120);
    deleteNode(b!, check);
    syncDocs(a!, b!);

    expectConverged([a!, b!]);
    const map = readProcessMap(b!);
    expect(map.nodes.map((n) => n.id)).not.toContain(check);
    expect(map.edges.filter((e) => e.source === check || e.target === check)).toEqual([]);
    expect(map.edges).toHaveLength(1);
  });

  it('a node moved into a lane another peer deletes ends up outside any lane', () => {
    const { doc, lane, nodes } = createInitialDoc();
    const [a, b] = createPeers(doc, 2);
    moveNode(a!, nodes[2]!, 400, 50, lane);
    deleteLane(b!, lane);
    syncDocs(a!, b!);

    expectConverged([a!, b!]);
    expect(readProcessMap(a!).nodes.every((n) => n.laneId === undefined)).toBe(true);
  });

  it('two peers moving the same node agree on one position', () => {
    const { doc, nodes } = createInitialDoc();
    const [a, b] = createPeers(doc, 2);
    moveNode(a!, nodes[0]!, 10, 10);
    moveNode(b!, nodes[0]!, 90, 90);
    syncDocs(a!, b!);
    expectConverged([a!, b!]);
  });
});

// --- Random peers, random edits, random delivery ---------------------------------------------

const label = fc.constantFrom('Prüfen', 'Genehmigen', 'Ablehnen', 'Akte anlegen', '');
const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true });
const attrsPatch: fc.Arbitrary<ActivityAttrsPatch> = fc.record(
  {
    role: fc.option(fc.constantFrom('Sachbearbeitung', 'Leitung'), { nil: null }),
    durationMin: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
    casesPerYear: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
    medium: fc.option(fc.constantFrom(...MEDIA), { nil: null }),
  },
  { requiredKeys: [] },
);

const op = fc.oneof(
  fc.record({
    type: fc.constant('addNode' as const),
    kind: fc.constantFrom(...NODE_KINDS),
    label,
    x: coordinate,
    y: coordinate,
    lane: fc.option(fc.nat()),
  }),
  fc.record({
    type: fc.constant('moveNode' as const),
    node: fc.nat(),
    x: coordinate,
    y: coordinate,
    lane: fc.option(fc.option(fc.nat()), { nil: undefined }),
  }),
  fc.record({ type: fc.constant('relabelNode' as const), node: fc.nat(), label }),
  fc.record({ type: fc.constant('deleteNode' as const), node: fc.nat() }),
  fc.record({ type: fc.constant('setAttrs' as const), node: fc.nat(), patch: attrsPatch }),
  fc.record({
    type: fc.constant('connect' as const),
    source: fc.nat(),
    target: fc.nat(),
    kind: fc.constantFrom(...EDGE_KINDS),
  }),
  fc.record({ type: fc.constant('disconnect' as const), edge: fc.nat() }),
  fc.record({ type: fc.constant('addLane' as const), label, kind: fc.constantFrom(...LANE_KINDS) }),
  fc.record({ type: fc.constant('deleteLane' as const), lane: fc.nat() }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('op' as const), peer: fc.nat(), op }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('deliver' as const),
      peer: fc.nat(),
      pick: fc.nat(),
      duplicate: fc.boolean(),
    }),
  },
);

const scenario = fc.record({
  peerCount: fc.integer({ min: 3, max: 5 }),
  steps: fc.array(step, { minLength: 5, maxLength: 60 }),
  flushSeed: fc.integer(),
});

// Every id ever created anywhere, plus one that never existed: peers pick from these, so they
// also aim at ids they have not heard of yet or that another peer has deleted meanwhile.
interface KnownIds {
  nodes: NodeId[];
  edges: EdgeId[];
  lanes: LaneId[];
}

const EXPECTED_FAILURES = ['unknown-node', 'unknown-edge', 'unknown-lane'] as const;

function applyOp(doc: Y.Doc, op: Op, known: KnownIds): void {
  const node = (i: number) => known.nodes[i % known.nodes.length]!;
  const lane = (i: number) => known.lanes[i % known.lanes.length]!;
  switch (op.type) {
    case 'addNode': {
      const laneId = op.lane === null ? undefined : lane(op.lane);
      known.nodes.push(addNode(doc, { kind: op.kind, label: op.label, x: op.x, y: op.y, laneId }));
      return;
    }
    case 'moveNode':
      return moveNode(
        doc,
        node(op.node),
        op.x,
        op.y,
        op.lane === undefined || op.lane === null ? op.lane : lane(op.lane),
      );
    case 'relabelNode':
      return relabelNode(doc, node(op.node), op.label);
    case 'deleteNode':
      return deleteNode(doc, node(op.node));
    case 'setAttrs':
      return setNodeAttrs(doc, node(op.node), op.patch);
    case 'connect':
      known.edges.push(connect(doc, { source: node(op.source), target: node(op.target), kind: op.kind }));
      return;
    case 'disconnect':
      return disconnect(doc, known.edges[op.edge % known.edges.length]!);
    case 'addLane':
      known.lanes.push(addLane(doc, { label: op.label, kind: op.kind }));
      return;
    case 'deleteLane':
      return deleteLane(doc, lane(op.lane));
  }
}

function tryOp(doc: Y.Doc, op: Op, known: KnownIds): void {
  try {
    applyOp(doc, op, known);
  } catch (error) {
    // A precondition that fails because of what this peer has (not) seen is expected; anything else is a bug.
    if (!EXPECTED_FAILURES.some((code) => isProcessModelError(error, code))) throw error;
  }
}

describe('random concurrent editing', () => {
  it('3–5 peers with shuffled, delayed and duplicated delivery converge to the same valid map', () => {
    fc.assert(
      fc.property(scenario, ({ peerCount, steps, flushSeed }) => {
        const initial = createInitialDoc();
        const peers = createPeers(initial.doc, peerCount);
        const known: KnownIds = {
          nodes: [...initial.nodes, asNodeId('never-existed')],
          edges: [...initial.edges, asEdgeId('never-existed')],
          lanes: [initial.lane, asLaneId('never-existed')],
        };
        const inboxes = peers.map((): Uint8Array[] => []);
        peers.forEach((peer, from) =>
          onLocalUpdate(peer, (update) => inboxes.forEach((inbox, to) => to !== from && inbox.push(update))),
        );
        const deliver = (to: number, update: Uint8Array) => Y.applyUpdate(peers[to]!, update, REMOTE_ORIGIN);

        for (const s of steps) {
          const peer = s.peer % peerCount;
          if (s.type === 'op') {
            tryOp(peers[peer]!, s.op, known);
            continue;
          }
          const inbox = inboxes[peer]!;
          if (inbox.length === 0) continue;
          const index = s.pick % inbox.length;
          const update = s.duplicate ? inbox[index]! : inbox.splice(index, 1)[0]!;
          deliver(peer, update);
        }

        // Everything still in flight (including duplicates kept back) arrives in a shuffled order.
        const next = createSeededRandom(flushSeed).next;
        inboxes.forEach((inbox, to) => {
          for (let i = inbox.length - 1; i > 0; i--) {
            const j = Math.floor(next() * (i + 1));
            [inbox[i], inbox[j]] = [inbox[j]!, inbox[i]!];
          }
          for (const update of inbox) deliver(to, update);
        });

        expectConverged(peers);
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});
