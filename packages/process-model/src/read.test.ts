// Tests for reading the doc into a plain map, including content a concurrent or foreign edit can leave.
import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProcessDoc, getEdges, getLanes, getNodes } from './doc.ts';
import { connect } from './edge-mutations.ts';
import { addLane } from './lane-mutations.ts';
import { addNode } from './node-mutations.ts';
import { readProcessMap } from './read.ts';
import { DEFAULT_LANE_SIZE, SCHEMA_VERSION } from './schema.ts';
import { validateProcessMap } from './validate.ts';

// Writes a raw entry the way a buggy, older or newer client might have.
function putRaw(container: Y.Map<unknown>, id: string, fields: Record<string, unknown>): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  container.set(id, entry);
  for (const [key, value] of Object.entries(fields)) entry.set(key, value);
  return entry;
}

describe('readProcessMap', () => {
  it('returns an empty valid map for an empty doc', () => {
    const map = readProcessMap(createProcessDoc());
    expect(map).toEqual({ schemaVersion: SCHEMA_VERSION, nodes: [], edges: [], lanes: [] });
    expect(validateProcessMap(map).success).toBe(true);
  });

  it('sorts nodes and edges by id and lanes by order then id', () => {
    const doc = createProcessDoc();
    for (const id of ['c', 'a', 'b']) putRaw(getNodes(doc), id, { kind: 'activity', label: id, x: 0, y: 0 });
    for (const id of ['e2', 'e1']) putRaw(getEdges(doc), id, { kind: 'sequence', source: 'a', target: 'b' });
    putRaw(getLanes(doc), 'z', { label: 'z', order: 0, size: 100, kind: 'role' });
    putRaw(getLanes(doc), 'y', { label: 'y', order: 1, size: 100, kind: 'role' });
    putRaw(getLanes(doc), 'x', { label: 'x', order: 1, size: 100, kind: 'role' });
    const map = readProcessMap(doc);
    expect(map.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(map.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(map.lanes.map((l) => l.id)).toEqual(['z', 'x', 'y']);
  });

  it('skips entries that are not Y.Maps and keys that are not valid ids', () => {
    const doc = createProcessDoc();
    getNodes(doc).set('plain', { kind: 'activity', label: 'json, not a Y.Map', x: 0, y: 0 });
    getNodes(doc).set('number', 42);
    putRaw(getNodes(doc), '', { kind: 'activity', label: 'empty id', x: 0, y: 0 });
    putRaw(getNodes(doc), 'ok', { kind: 'activity', label: 'kept', x: 0, y: 0 });
    expect(readProcessMap(doc).nodes.map((n) => n.id)).toEqual(['ok']);
  });

  it('reads missing, NaN or infinite coordinates as 0 and drops a non-positive size', () => {
    const doc = createProcessDoc();
    putRaw(getNodes(doc), 'n', { kind: 'activity', label: 'x', x: NaN, y: Infinity, w: 0, h: -5 });
    putRaw(getNodes(doc), 'm', { kind: 'activity', label: 'x', x: '12', w: 100 });
    const [m, n] = readProcessMap(doc).nodes;
    expect(n).toEqual({ id: 'n', kind: 'activity', label: 'x', x: 0, y: 0, attrs: {} });
    expect(m).toEqual({ id: 'm', kind: 'activity', label: 'x', x: 0, y: 0, w: 100, attrs: {} });
  });

  it('keeps a node of unknown kind as a plain box with its raw kind', () => {
    const doc = createProcessDoc();
    putRaw(getNodes(doc), 'a', { kind: 'subprocess', label: 'Unterprozess', x: 1, y: 2 });
    putRaw(getNodes(doc), 'b', { kind: 7, label: 'B', x: 1, y: 2 });
    putRaw(getNodes(doc), 'c', { label: 'no kind', x: 1, y: 2 });
    const [a, b, c] = readProcessMap(doc).nodes;
    expect(a).toMatchObject({ kind: 'unknown', rawKind: 'subprocess', label: 'Unterprozess' });
    expect(b).toMatchObject({ kind: 'unknown' });
    expect(b).not.toHaveProperty('rawKind');
    expect(c).toMatchObject({ kind: 'unknown' });
  });

  it('reads a missing or non-text label as empty and cuts an over-long label to 500 characters', () => {
    const doc = createProcessDoc();
    putRaw(getNodes(doc), 'a', { kind: 'note', x: 0, y: 0 });
    putRaw(getNodes(doc), 'b', { kind: 'note', label: 'x'.repeat(600), x: 0, y: 0 });
    const [a, b] = readProcessMap(doc).nodes;
    expect(a?.label).toBe('');
    expect(b?.label).toHaveLength(500);
  });

  it('drops single invalid attributes and ignores attrs that are not a Y.Map', () => {
    const doc = createProcessDoc();
    const a = putRaw(getNodes(doc), 'a', { kind: 'activity', label: 'a', x: 0, y: 0 });
    const attrs = new Y.Map<unknown>();
    a.set('attrs', attrs);
    attrs.set('durationMin', -5);
    attrs.set('waitMin', 30);
    attrs.set('medium', 'fax');
    attrs.set('role', 'Kasse');
    attrs.set('colour', 'red');
    putRaw(getNodes(doc), 'b', { kind: 'activity', label: 'b', x: 0, y: 0, attrs: { role: 'json' } });
    const [readA, readB] = readProcessMap(doc).nodes;
    expect(readA?.attrs).toEqual({ waitMin: 30, role: 'Kasse' });
    expect(readB?.attrs).toEqual({});
  });

  it('leaves out edges whose source or target node is missing', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, { kind: 'start', label: 'a', x: 0, y: 0 });
    const b = addNode(doc, { kind: 'end', label: 'b', x: 0, y: 0 });
    const kept = connect(doc, { source: a, target: b });
    putRaw(getEdges(doc), 'dangling', { kind: 'sequence', source: a, target: 'gone' });
    putRaw(getEdges(doc), 'no-source', { kind: 'sequence', target: b });
    expect(readProcessMap(doc).edges.map((e) => e.id)).toEqual([kept]);
  });

  it('reads an edge of unknown kind as a sequence edge', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, { kind: 'start', label: 'a', x: 0, y: 0 });
    putRaw(getEdges(doc), 'e', { kind: 'dataflow', source: a, target: a });
    expect(readProcessMap(doc).edges).toEqual([{ id: 'e', kind: 'sequence', source: a, target: a }]);
  });

  it('drops a laneId that points to a missing lane', () => {
    const doc = createProcessDoc();
    const lane = addLane(doc, { label: 'Amt', kind: 'orgUnit' });
    addNode(doc, { kind: 'activity', label: 'in lane', x: 0, y: 0, laneId: lane });
    putRaw(getNodes(doc), 'orphan', { kind: 'activity', label: 'o', x: 0, y: 0, laneId: 'gone' });
    const nodes = readProcessMap(doc).nodes;
    expect(nodes.find((n) => n.id === 'orphan')).not.toHaveProperty('laneId');
    expect(nodes.find((n) => n.id !== 'orphan')?.laneId).toBe(lane);
  });

  it('fills in a lane with bad fields', () => {
    const doc = createProcessDoc();
    putRaw(getLanes(doc), 'l', { label: 3, order: NaN, size: 0, kind: 'team' });
    expect(readProcessMap(doc).lanes).toEqual([
      { id: 'l', label: '', order: 0, size: DEFAULT_LANE_SIZE, kind: 'role' },
    ]);
  });

  it('never throws and always returns a valid map, whatever the doc holds', () => {
    const value = fc.oneof(
      fc.constantFrom('start', 'activity', 'message', 'role', 'paper', 'a', 'b', 'l', ''),
      fc.string({ maxLength: 600 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2, noNullPrototype: true }),
    );
    const keys = ['kind', 'label', 'x', 'y', 'w', 'h', 'laneId', 'source', 'target', 'order', 'size'];
    const attrKeys = ['role', 'durationMin', 'waitMin', 'casesPerYear', 'medium', 'description', 'other'];
    const entry = fc.record({
      id: fc.oneof(fc.constantFrom('a', 'b', 'l', ''), fc.string({ maxLength: 70 })),
      yMap: fc.boolean(),
      fields: fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 8, noNullPrototype: true }),
      attrs: fc.option(
        fc.dictionary(fc.constantFrom(...attrKeys), value, { maxKeys: 5, noNullPrototype: true }),
      ),
    });
    const content = fc.record({
      nodes: fc.array(entry, { maxLength: 6 }),
      edges: fc.array(entry, { maxLength: 6 }),
      lanes: fc.array(entry, { maxLength: 3 }),
    });

    fc.assert(
      fc.property(content, (raw) => {
        const doc = createProcessDoc();
        const fill = (container: Y.Map<unknown>, entries: typeof raw.nodes) => {
          for (const { id, yMap, fields, attrs } of entries) {
            if (!yMap) {
              container.set(id, fields);
              continue;
            }
            const map = putRaw(container, id, fields);
            if (attrs) putRaw(map, 'attrs', attrs);
          }
        };
        fill(getNodes(doc), raw.nodes);
        fill(getEdges(doc), raw.edges);
        fill(getLanes(doc), raw.lanes);
        const map = readProcessMap(doc);
        expect(validateProcessMap(map).error?.issues).toBeUndefined();
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
