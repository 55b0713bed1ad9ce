// Tests for node mutations: each writes one transaction with the given origin.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createProcessDoc, getEdges, getNodes } from './doc.ts';
import { connect } from './edge-mutations.ts';
import { asLaneId, asNodeId } from './ids.ts';
import { addLane } from './lane-mutations.ts';
import { addNode, deleteNode, moveNode, relabelNode, resizeNode, setNodeAttrs } from './node-mutations.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { readProcessMap } from './read.ts';

const box = { kind: 'activity', label: 'Antrag prüfen', x: 10, y: 20 } as const;

function recordOrigins(doc: Y.Doc): unknown[] {
  const origins: unknown[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
  return origins;
}

describe('addNode', () => {
  it('adds a node that reads back with its fields and attributes', () => {
    const doc = createProcessDoc();
    const lane = addLane(doc, { label: 'Bürgerbüro', kind: 'orgUnit' });
    const id = addNode(doc, { ...box, w: 160, h: 80, laneId: lane, attrs: { role: 'Sachbearbeitung' } });
    expect(readProcessMap(doc).nodes).toEqual([
      {
        id,
        kind: 'activity',
        label: 'Antrag prüfen',
        x: 10,
        y: 20,
        w: 160,
        h: 80,
        laneId: lane,
        attrs: { role: 'Sachbearbeitung' },
      },
    ]);
  });

  it('stores attrs as a nested Y.Map from the start', () => {
    const doc = createProcessDoc();
    const id = addNode(doc, box);
    expect((getNodes(doc).get(id) as Y.Map<unknown>).get('attrs')).toBeInstanceOf(Y.Map);
  });

  it('uses LOCAL_ORIGIN by default and the given origin otherwise', () => {
    const doc = createProcessDoc();
    const origins = recordOrigins(doc);
    addNode(doc, box);
    addNode(doc, box, 'server');
    expect(origins).toEqual([LOCAL_ORIGIN, 'server']);
  });

  it('rejects an unknown kind, a NaN position, bad attributes and a missing lane without writing', () => {
    const doc = createProcessDoc();
    const bad = { ...box, kind: 'subprocess' } as unknown as typeof box;
    expect(() => addNode(doc, bad)).toThrow(expect.objectContaining({ code: 'invalid-kind' }));
    expect(() => addNode(doc, { ...box, x: NaN })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => addNode(doc, { ...box, attrs: { durationMin: -1 } })).toThrow(
      expect.objectContaining({ code: 'invalid-attributes' }),
    );
    expect(() => addNode(doc, { ...box, laneId: asLaneId('nope') })).toThrow(
      expect.objectContaining({ code: 'unknown-lane' }),
    );
    expect(getNodes(doc).size).toBe(0);
  });
});

describe('moveNode', () => {
  it('moves a node and can put it into and out of a lane', () => {
    const doc = createProcessDoc();
    const lane = addLane(doc, { label: 'Amt', kind: 'orgUnit' });
    const id = addNode(doc, box);
    moveNode(doc, id, 300, 400, lane);
    expect(readProcessMap(doc).nodes[0]).toMatchObject({ x: 300, y: 400, laneId: lane });
    moveNode(doc, id, 5, 6);
    expect(readProcessMap(doc).nodes[0]).toMatchObject({ x: 5, y: 6, laneId: lane });
    moveNode(doc, id, 5, 6, null);
    expect(readProcessMap(doc).nodes[0]?.laneId).toBeUndefined();
  });

  it('commits a move as one transaction, so one undo restores the old position', () => {
    const doc = createProcessDoc();
    const id = addNode(doc, box);
    const undo = new Y.UndoManager([getNodes(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    moveNode(doc, id, 300, 400);
    undo.undo();
    expect(readProcessMap(doc).nodes[0]).toMatchObject({ x: 10, y: 20 });
  });

  it('throws unknown-node for a missing node', () => {
    expect(() => moveNode(createProcessDoc(), asNodeId('ghost'), 1, 2)).toThrow(
      expect.objectContaining({ code: 'unknown-node' }),
    );
  });
});

describe('resizeNode and relabelNode', () => {
  it('change size and label', () => {
    const doc = createProcessDoc();
    const id = addNode(doc, box);
    resizeNode(doc, id, 200, 100);
    relabelNode(doc, id, 'Bescheid erstellen');
    expect(readProcessMap(doc).nodes[0]).toMatchObject({ w: 200, h: 100, label: 'Bescheid erstellen' });
  });

  it('reject a non-positive size and an over-long label', () => {
    const doc = createProcessDoc();
    const id = addNode(doc, box);
    expect(() => resizeNode(doc, id, 0, 10)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => relabelNode(doc, id, 'x'.repeat(501))).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('setNodeAttrs', () => {
  it('sets the given keys, keeps the others and removes keys set to null or undefined', () => {
    const doc = createProcessDoc();
    const id = addNode(doc, { ...box, attrs: { role: 'Sachbearbeitung', durationMin: 10, waitMin: 60 } });
    setNodeAttrs(doc, id, { durationMin: 20, waitMin: null, role: undefined, medium: 'digital' });
    expect(readProcessMap(doc).nodes[0]?.attrs).toEqual({ durationMin: 20, medium: 'digital' });
  });

  it('keeps concurrent edits of different attributes from two peers', () => {
    const a = createProcessDoc();
    const id = addNode(a, box);
    const b = createProcessDoc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setNodeAttrs(a, id, { role: 'Kasse' });
    setNodeAttrs(b, id, { itSystem: 'OK.VERFAHREN' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readProcessMap(a).nodes[0]?.attrs).toEqual({ role: 'Kasse', itSystem: 'OK.VERFAHREN' });
    expect(readProcessMap(b)).toEqual(readProcessMap(a));
  });

  it('rejects invalid attributes and leaves the node unchanged', () => {
    const doc = createProcessDoc();
    const id = addNode(doc, { ...box, attrs: { durationMin: 10 } });
    expect(() => setNodeAttrs(doc, id, { durationMin: 5, casesPerYear: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid-attributes' }),
    );
    expect(readProcessMap(doc).nodes[0]?.attrs).toEqual({ durationMin: 10 });
  });

  it('throws unknown-node for a missing node', () => {
    expect(() => setNodeAttrs(createProcessDoc(), asNodeId('ghost'), { role: 'x' })).toThrow(
      expect.objectContaining({ code: 'unknown-node' }),
    );
  });
});

describe('deleteNode', () => {
  it('deletes the node and its edges in one transaction, and one undo brings both back', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, box);
    const b = addNode(doc, box);
    const c = addNode(doc, box);
    connect(doc, { source: a, target: b });
    const kept = connect(doc, { source: a, target: c });
    connect(doc, { source: b, target: c });
    const undo = new Y.UndoManager([getNodes(doc), getEdges(doc)], {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
    });
    const origins = recordOrigins(doc);

    deleteNode(doc, b);
    expect(origins).toHaveLength(1);
    expect([...getEdges(doc).keys()]).toEqual([kept]);
    expect(
      readProcessMap(doc)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual([a, c].sort());

    undo.undo();
    expect(readProcessMap(doc).nodes).toHaveLength(3);
    expect(readProcessMap(doc).edges).toHaveLength(3);
  });

  it('throws unknown-node for a missing node', () => {
    expect(() => deleteNode(createProcessDoc(), asNodeId('ghost'))).toThrow(
      expect.objectContaining({ code: 'unknown-node' }),
    );
  });
});
