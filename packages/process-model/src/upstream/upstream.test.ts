// A variant following its origin: the changes listed three-way, and taking them over as one undoable merge.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProcessDoc } from '../doc.ts';
import { connect, disconnect, setEdgeWaypoints } from '../edge-mutations.ts';
import { addLane, deleteLane } from '../lane-mutations.ts';
import { addNode, deleteNode, moveNode, relabelNode, setNodeAttrs } from '../node-mutations.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { readProcessMap } from '../read.ts';
import { createPeers, onLocalUpdate, REMOTE_ORIGIN, syncDocs } from '../test-network.ts';
import { applyUpstreamChanges, readUpstreamVersions } from './apply.ts';
import { upstreamChangeIds, upstreamChanges } from './changes.ts';
import { divergence } from './divergence.ts';
import { readMapRecords } from './records.ts';

/** Kehl's version 2: three steps in a lane, two connections. Offenburg adopted it; Kehl works on. */
function adoptedVersion() {
  const v2 = createProcessDoc();
  const lane = addLane(v2, { label: 'Bürgeramt', kind: 'role' });
  const receive = addNode(v2, { kind: 'start', label: 'Antrag geht ein', x: 0, y: 0, laneId: lane });
  const check = addNode(v2, {
    kind: 'activity',
    label: 'Antrag prüfen',
    x: 200,
    y: 0,
    laneId: lane,
    attrs: { durationMin: 15, medium: 'paper' },
  });
  const done = addNode(v2, { kind: 'end', label: 'Bescheid versandt', x: 400, y: 0 });
  const e1 = connect(v2, { source: receive, target: check });
  const e2 = connect(v2, { source: check, target: done });
  const [kehl, offenburg] = createPeers(v2, 2, 10) as [Y.Doc, Y.Doc];
  return { v2, kehl, offenburg, lane, receive, check, done, e1, e2 };
}

const list = (base: Y.Doc, theirs: Y.Doc, ours: Y.Doc) =>
  upstreamChanges(readMapRecords(base), readMapRecords(theirs), readMapRecords(ours));

describe('upstreamChanges', () => {
  it('lists exactly what the origin changed, each field old → new', () => {
    const { v2, kehl, offenburg, check, e2 } = adoptedVersion();
    const fee = addNode(kehl, { kind: 'activity', label: 'Gebühr erheben', x: 300, y: 100 });
    setNodeAttrs(kehl, check, { durationMin: 20 });
    disconnect(kehl, e2);

    const changes = list(v2, kehl, offenburg);
    expect(changes.map(({ id, kind, element }) => ({ id, kind, element }))).toEqual(
      [
        { id: fee, kind: 'added', element: 'node' },
        { id: check, kind: 'changed', element: 'node' },
        { id: e2, kind: 'removed', element: 'edge' },
      ].sort((a, b) => (a.element === b.element ? (a.id < b.id ? -1 : 1) : a.element === 'node' ? -1 : 1)),
    );
    const changed = changes.find((change) => change.id === check)!;
    expect(changed).toMatchObject({
      name: 'Antrag prüfen',
      elementKind: 'activity',
      collision: null,
      alreadyApplied: false,
      fields: [{ field: 'attrs.durationMin', before: 15, after: 20, ours: 15, collides: false }],
    });
    expect(changes.find((change) => change.id === fee)!.fields).toContainEqual({
      field: 'label',
      after: 'Gebühr erheben',
      collides: false,
    });
    expect(changes.find((change) => change.id === e2)!.name).toBe('Antrag prüfen → Bescheid versandt');
  });

  it('calls a field both sides changed differently a collision, and the same change already applied', () => {
    const { v2, kehl, offenburg, check, done } = adoptedVersion();
    setNodeAttrs(kehl, check, { durationMin: 20 });
    setNodeAttrs(offenburg, check, { durationMin: 30 });
    relabelNode(kehl, done, 'Bescheid zugestellt');
    relabelNode(offenburg, done, 'Bescheid zugestellt');
    const changes = list(v2, kehl, offenburg);
    expect(changes.find((c) => c.id === check)).toMatchObject({
      collision: 'same-field',
      fields: [{ field: 'attrs.durationMin', before: 15, after: 20, ours: 30, collides: true }],
    });
    expect(changes.find((c) => c.id === done)).toMatchObject({ collision: null, alreadyApplied: true });
  });

  it('lets different fields of one step merge without a collision', () => {
    const { v2, kehl, offenburg, check } = adoptedVersion();
    setNodeAttrs(kehl, check, { durationMin: 20 });
    relabelNode(offenburg, check, 'Antrag sorgfältig prüfen');
    expect(list(v2, kehl, offenburg)).toMatchObject([{ id: check, collision: null, alreadyApplied: false }]);
  });

  it('names collisions between removing and changing an element on the two sides', () => {
    const { v2, kehl, offenburg, receive, check, done, e1 } = adoptedVersion();
    setNodeAttrs(kehl, check, { durationMin: 20 });
    deleteNode(offenburg, check);
    deleteNode(kehl, receive);
    relabelNode(offenburg, receive, 'Antrag geht online ein');
    deleteNode(kehl, done);
    const extra = addNode(offenburg, { kind: 'activity', label: 'Nachfragen', x: 500, y: 0 });
    connect(offenburg, { source: extra, target: done });
    const reasons = Object.fromEntries(list(v2, kehl, offenburg).map((c) => [c.id, c.collision]));
    expect(reasons).toMatchObject({
      [check]: 'removed-here',
      [receive]: 'changed-here',
      [done]: 'connected-here',
    });
    // Both sides removed the connection into the deleted step: nothing left to do.
    expect(list(v2, kehl, offenburg).find((c) => c.id === e1)).toMatchObject({ alreadyApplied: true });
  });

  it('reports a connection to a step deleted here as a collision, and one to a new step as needing it', () => {
    const { v2, kehl, offenburg, done, check } = adoptedVersion();
    const fee = addNode(kehl, { kind: 'activity', label: 'Gebühr erheben', x: 300, y: 100 });
    const toFee = connect(kehl, { source: check, target: fee });
    const toDone = connect(kehl, { source: fee, target: done });
    deleteNode(offenburg, done);
    const changes = list(v2, kehl, offenburg);
    expect(changes.find((c) => c.id === toFee)).toMatchObject({ collision: null, requires: [fee] });
    expect(changes.find((c) => c.id === toDone)).toMatchObject({ collision: 'endpoint-removed-here' });
  });

  it('lists no change for a connection whose route alone changed (the origin tidied up), nor counts it as divergence', () => {
    const { v2, kehl, offenburg, e1 } = adoptedVersion();
    setEdgeWaypoints(kehl, e1, [
      { x: 44, y: 22 },
      { x: 200, y: 22 },
    ]);
    setEdgeWaypoints(offenburg, e1, [
      { x: 44, y: 30 },
      { x: 200, y: 30 },
    ]);
    expect(list(v2, kehl, offenburg)).toEqual([]);
    expect(divergence(readMapRecords(v2), readMapRecords(offenburg)).changed).toBe(0);
  });

  it('tells a moved step from a changed one', () => {
    const { v2, kehl, offenburg, check } = adoptedVersion();
    moveNode(kehl, check, 250, 40);
    expect(list(v2, kehl, offenburg)).toMatchObject([
      { id: check, kind: 'moved', fields: [{ field: 'x', before: 200, after: 250 }, { field: 'y' }] },
    ]);
  });

  it('handles kinds, fields and containers it does not know, field by field', () => {
    const { v2, kehl, offenburg, check } = adoptedVersion();
    kehl.transact(() => {
      const node = kehl.getMap('nodes').get(check) as Y.Map<unknown>;
      node.set('kind', 'userTask');
      (node.get('attrs') as Y.Map<unknown>).set('loop', 'multiInstanceParallel');
      const waypoints = new Y.Array<number>();
      waypoints.push([1, 2, 3]);
      node.set('waypoints', waypoints);
      const pool = new Y.Map<unknown>();
      pool.set('label', 'Stadt Kehl');
      pool.set('orientation', 'vertical');
      kehl.getMap('pools').set('pool1', pool);
    });
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(kehl));
    const changes = list(v2, fresh, offenburg);
    expect(changes.map((c) => [c.id, c.kind, c.element])).toEqual([
      [check, 'changed', 'node'],
      ['pool1', 'added', 'other'],
    ]);
    expect(changes[0]!.fields.map((f) => [f.field, f.after])).toEqual([
      ['attrs.loop', 'multiInstanceParallel'],
      ['kind', 'userTask'],
      ['waypoints', [1, 2, 3]],
    ]);
    applyUpstreamChanges(offenburg, readUpstreamVersions(v2, fresh));
    const node = offenburg.getMap('nodes').get(check) as Y.Map<unknown>;
    expect(node.get('kind')).toBe('userTask');
    expect(node.get('waypoints')).toBeInstanceOf(Y.Array);
    expect((node.get('waypoints') as Y.Array<number>).toArray()).toEqual([1, 2, 3]);
    expect(offenburg.getMap('pools').toJSON()).toEqual({
      pool1: { label: 'Stadt Kehl', orientation: 'vertical' },
    });
  });

  it('offers as choices every element that differs between the two versions, whatever the variant did', () => {
    const { v2, kehl, check, e2 } = adoptedVersion();
    setNodeAttrs(kehl, check, { durationMin: 20 });
    disconnect(kehl, e2);
    expect(upstreamChangeIds(readMapRecords(v2), readMapRecords(kehl))).toEqual(new Set([check, e2]));
  });
});

describe('applyUpstreamChanges', () => {
  function scenario() {
    const world = adoptedVersion();
    const { kehl, offenburg, check, done, e2 } = world;
    const fee = addNode(kehl, { kind: 'activity', label: 'Gebühr erheben', x: 300, y: 100 });
    setNodeAttrs(kehl, check, { durationMin: 20, medium: 'digital' });
    disconnect(kehl, e2);
    // Offenburg's own work: the same attribute differently (a collision), and a step of its own.
    setNodeAttrs(offenburg, check, { durationMin: 30 });
    relabelNode(offenburg, done, 'Bescheid per Post');
    const own = addNode(offenburg, { kind: 'note', label: 'Offenburg: Termin anbieten', x: 0, y: 300 });
    return { ...world, fee, own };
  }

  it('takes every non-colliding change and keeps the variant’s own work and the collision', () => {
    const { v2, kehl, offenburg, check, fee, own, e2, done } = scenario();
    const result = applyUpstreamChanges(offenburg, readUpstreamVersions(v2, kehl));
    expect(result).toEqual({ applied: [fee, e2].sort(), skipped: [{ id: check, reason: 'collision' }] });
    const map = readProcessMap(offenburg);
    expect(map.nodes.map((n) => n.label).sort()).toEqual([
      'Antrag geht ein',
      'Antrag prüfen',
      'Bescheid per Post',
      'Gebühr erheben',
      'Offenburg: Termin anbieten',
    ]);
    expect(map.nodes.find((n) => n.id === check)!.attrs).toEqual({ durationMin: 30, medium: 'paper' });
    expect(map.edges.map((e) => e.id)).not.toContain(e2);
    expect(map.nodes.some((n) => n.id === own && n.id !== done)).toBe(true);
  });

  it('takes theirs for a chosen collision, for every field the origin changed', () => {
    const { v2, kehl, offenburg, check } = scenario();
    const result = applyUpstreamChanges(offenburg, readUpstreamVersions(v2, kehl), [check]);
    expect(result).toEqual({ applied: [check], skipped: [] });
    expect(readProcessMap(offenburg).nodes.find((n) => n.id === check)!.attrs).toEqual({
      durationMin: 20,
      medium: 'digital',
    });
  });

  it('brings the new steps a chosen connection needs', () => {
    const { v2, kehl, offenburg, check } = adoptedVersion();
    const fee = addNode(kehl, { kind: 'activity', label: 'Gebühr erheben', x: 300, y: 100 });
    const toFee = connect(kehl, { source: check, target: fee });
    const result = applyUpstreamChanges(offenburg, readUpstreamVersions(v2, kehl), [toFee]);
    expect(result.applied.sort()).toEqual([fee, toFee].sort());
    expect(readProcessMap(offenburg).edges.some((e) => e.id === toFee)).toBe(true);
  });

  it('removes a step with the connections the variant drew to it, and a lane without its steps', () => {
    const { v2, kehl, offenburg, done, lane, check } = adoptedVersion();
    deleteNode(kehl, done);
    deleteLane(kehl, lane);
    const extra = addNode(offenburg, { kind: 'activity', label: 'Nachfragen', x: 500, y: 0 });
    connect(offenburg, { source: extra, target: done });
    applyUpstreamChanges(offenburg, readUpstreamVersions(v2, kehl), [done, lane]);
    const map = readProcessMap(offenburg);
    expect(map.nodes.map((n) => n.id)).not.toContain(done);
    expect(map.edges.every((e) => e.source !== done && e.target !== done)).toBe(true);
    expect(map.lanes).toEqual([]);
    expect(map.nodes.find((n) => n.id === check)!.laneId).toBeUndefined();
  });

  it('is one transaction that one undo takes back, and a second apply writes nothing', () => {
    const { v2, kehl, offenburg } = scenario();
    const before = readProcessMap(offenburg);
    const undo = new Y.UndoManager(
      ['nodes', 'edges', 'lanes'].map((name) => offenburg.getMap(name)),
      { trackedOrigins: new Set([LOCAL_ORIGIN]) },
    );
    let transactions = 0;
    offenburg.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_ORIGIN) transactions += 1;
    });
    applyUpstreamChanges(offenburg, readUpstreamVersions(v2, kehl));
    expect(transactions).toBe(1);
    const after = readProcessMap(offenburg);
    expect(after).not.toEqual(before);

    const updates: Uint8Array[] = [];
    offenburg.on('update', (update: Uint8Array) => updates.push(update));
    applyUpstreamChanges(offenburg, readUpstreamVersions(v2, kehl));
    expect(updates).toEqual([]);

    undo.undo();
    expect(readProcessMap(offenburg)).toEqual(before);
  });

  it('keeps a colleague’s concurrent edit, and undo by the person who applied keeps it too', () => {
    const { v2, kehl, offenburg, check, done } = scenario();
    const [colleague] = createPeers(offenburg, 1, 50) as [Y.Doc];
    const undo = new Y.UndoManager(
      ['nodes', 'edges', 'lanes'].map((name) => offenburg.getMap(name)),
      { trackedOrigins: new Set([LOCAL_ORIGIN]) },
    );
    const toColleague: Uint8Array[] = [];
    onLocalUpdate(offenburg, (update) => toColleague.push(update));
    applyUpstreamChanges(offenburg, readUpstreamVersions(v2, kehl));
    // Meanwhile, not yet seeing it, the colleague edits the same map.
    relabelNode(colleague, done, 'Bescheid per E-Mail');
    setNodeAttrs(colleague, check, { itSystem: 'OZG-Hub' });
    for (const update of toColleague) Y.applyUpdate(colleague, update, REMOTE_ORIGIN);
    syncDocs(offenburg, colleague);
    expect(readProcessMap(colleague)).toEqual(readProcessMap(offenburg));
    expect(readProcessMap(colleague).nodes.map((n) => n.label)).toContain('Gebühr erheben');

    undo.undo();
    syncDocs(offenburg, colleague);
    const map = readProcessMap(colleague);
    expect(map).toEqual(readProcessMap(offenburg));
    expect(map.nodes.map((n) => n.label)).not.toContain('Gebühr erheben');
    expect(map.nodes.find((n) => n.id === done)!.label).toBe('Bescheid per E-Mail');
    expect(map.nodes.find((n) => n.id === check)!.attrs.itSystem).toBe('OZG-Hub');
  });
});

describe('divergence', () => {
  it('counts elements changed in content, not layout, as a share of all', () => {
    const { v2, offenburg, check, done, receive } = adoptedVersion();
    expect(divergence(readMapRecords(v2), readMapRecords(offenburg))).toEqual({
      changed: 0,
      total: 6,
      share: 0,
    });
    moveNode(offenburg, receive, 50, 50);
    relabelNode(offenburg, check, 'Antrag prüfen (Offenburg)');
    deleteNode(offenburg, done);
    // check relabelled; done removed with its connection e2: 3 of 6.
    expect(divergence(readMapRecords(v2), readMapRecords(offenburg))).toEqual({
      changed: 3,
      total: 6,
      share: 0.5,
    });
  });
});
