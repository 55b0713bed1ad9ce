// Tests for replacing a doc's content with a plain map (restore and import).
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyProcessMap } from './apply-map.ts';
import { createProcessDoc, getNodes } from './doc.ts';
import { connect } from './edge-mutations.ts';
import { asEdgeId, asLaneId, asNodeId } from './ids.ts';
import { addLane } from './lane-mutations.ts';
import { addNode, moveNode, setNodeAttrs } from './node-mutations.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { readProcessMap } from './read.ts';
import { SCHEMA_VERSION } from './schema.ts';
import type { ProcessMap } from './schema.ts';

function sampleDoc() {
  const doc = createProcessDoc();
  const lane = addLane(doc, { label: 'Bürgerbüro', kind: 'orgUnit' });
  const a = addNode(doc, { kind: 'start', label: 'Start', x: 0, y: 0 });
  const b = addNode(doc, {
    kind: 'activity',
    label: 'Prüfen',
    x: 200,
    y: 0,
    laneId: lane,
    attrs: { role: 'SB' },
  });
  const edge = connect(doc, { source: a, target: b, label: 'weiter' });
  return { doc, lane, a, b, edge };
}

describe('applyProcessMap', () => {
  it('fills an empty doc so that it reads back as the same map', () => {
    const { doc } = sampleDoc();
    const snapshot = readProcessMap(doc);
    const target = createProcessDoc();
    applyProcessMap(target, snapshot);
    expect(readProcessMap(target)).toEqual(snapshot);
  });

  it('restores an earlier snapshot in one transaction and keeps the Y.Maps of surviving nodes', () => {
    const { doc, a, b } = sampleDoc();
    const snapshot = readProcessMap(doc);
    const nodeMap = getNodes(doc).get(a);
    moveNode(doc, a, 999, 999);
    setNodeAttrs(doc, b, { role: null, durationMin: 5 });
    const c = addNode(doc, { kind: 'end', label: 'Ende', x: 400, y: 0 });
    connect(doc, { source: b, target: c });

    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    applyProcessMap(doc, snapshot);

    expect(transactions).toBe(1);
    expect(readProcessMap(doc)).toEqual(snapshot);
    expect(getNodes(doc).get(a)).toBe(nodeMap);
  });

  it('removes fields the map does not name', () => {
    const { doc, b } = sampleDoc();
    const node = getNodes(doc).get(b) as Y.Map<unknown>;
    node.set('colour', 'red');
    applyProcessMap(doc, readProcessMap(doc));
    expect(node.has('colour')).toBe(false);
    expect(node.get('laneId')).toBeDefined();
  });

  it('writes an unknown kind back as the raw kind it was read from', () => {
    const doc = createProcessDoc();
    const map: ProcessMap = {
      schemaVersion: 1,
      nodes: [
        { id: asNodeId('n'), kind: 'unknown', rawKind: 'subprocess', label: 'U', x: 0, y: 0, attrs: {} },
      ],
      edges: [],
      lanes: [],
    };
    applyProcessMap(doc, map);
    expect((getNodes(doc).get('n') as Y.Map<unknown>).get('kind')).toBe('subprocess');
    expect(readProcessMap(doc)).toEqual({ ...map, schemaVersion: SCHEMA_VERSION });
  });

  it('uses the given origin, so a restore can be kept out of the local undo stack', () => {
    const { doc } = sampleDoc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (t: Y.Transaction) => origins.push(t.origin));
    applyProcessMap(doc, { schemaVersion: 1, nodes: [], edges: [], lanes: [] }, 'restore');
    expect(origins).toEqual(['restore']);
    expect(readProcessMap(doc)).toEqual({ schemaVersion: SCHEMA_VERSION, nodes: [], edges: [], lanes: [] });
  });

  it('rejects an invalid map with invalid-map and leaves the doc unchanged', () => {
    const { doc } = sampleDoc();
    const before = readProcessMap(doc);
    const broken: ProcessMap = {
      schemaVersion: 1,
      nodes: [],
      edges: [{ id: asEdgeId('e'), kind: 'sequence', source: asNodeId('x'), target: asNodeId('y') }],
      lanes: [{ id: asLaneId('l'), label: 'L', order: 0, size: -1, kind: 'role' }],
    };
    expect(() => applyProcessMap(doc, broken, LOCAL_ORIGIN)).toThrow(
      expect.objectContaining({ code: 'invalid-map' }),
    );
    expect(readProcessMap(doc)).toEqual(before);
  });
});
