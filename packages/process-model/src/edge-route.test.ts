// Tests for stored connection routes: kept, validated, and only drawn while they still fit their nodes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyProcessMap } from './apply-map.ts';
import { createProcessDoc, getEdges, getEntry } from './doc.ts';
import { connect, forgetRoutes, setEdgeWaypoints } from './edge-mutations.ts';
import { routeFits, touchesBoundary } from './edge-route.ts';
import { addNode } from './node-mutations.ts';
import { readProcessMap } from './read.ts';
import { validateProcessMap } from './validate.ts';

const route = [
  { x: 44, y: 22 },
  { x: 120, y: 22 },
  { x: 120, y: 134 },
  { x: 200, y: 134 },
];

function connected() {
  const doc = createProcessDoc();
  const a = addNode(doc, { kind: 'start', label: 'Start', x: 0, y: 0 });
  const b = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 200, y: 100 });
  const id = connect(doc, { source: a, target: b, waypoints: route });
  return { doc, a, b, id };
}

describe('edge waypoints in the model', () => {
  it('keeps a route given on connect, and a route set later replaces it whole', () => {
    const { doc, id } = connected();
    expect(readProcessMap(doc).edges[0]?.waypoints).toEqual(route);
    setEdgeWaypoints(doc, id, [route[0]!, { x: 200, y: 22 }]);
    expect(readProcessMap(doc).edges[0]?.waypoints).toEqual([route[0], { x: 200, y: 22 }]);
    setEdgeWaypoints(doc, id, undefined);
    expect(readProcessMap(doc).edges[0]).not.toHaveProperty('waypoints');
  });

  it('survives a copy of the document to another peer and a restore through applyProcessMap', () => {
    const { doc } = connected();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const map = readProcessMap(peer);
    expect(map.edges[0]?.waypoints).toEqual(route);
    const restored = createProcessDoc();
    applyProcessMap(restored, map);
    expect(readProcessMap(restored)).toEqual(map);
  });

  it("forgets the routes of a moved node's connections, and only those", () => {
    const { doc, a, b, id } = connected();
    const c = addNode(doc, { kind: 'end', label: 'Ende', x: 500, y: 100 });
    const other = connect(doc, {
      source: b,
      target: c,
      waypoints: [
        { x: 376, y: 134 },
        { x: 500, y: 134 },
      ],
    });
    forgetRoutes(doc, [a]);
    const edges = readProcessMap(doc).edges;
    expect(edges.find((e) => e.id === id)).not.toHaveProperty('waypoints');
    expect(edges.find((e) => e.id === other)?.waypoints).toHaveLength(2);
  });

  it('refuses a route with one point, a non-number or too many points, and keeps the old one', () => {
    const { doc, id } = connected();
    expect(() => setEdgeWaypoints(doc, id, [{ x: 1, y: 1 }])).toThrow(/waypoints/);
    expect(() =>
      setEdgeWaypoints(doc, id, [
        { x: 1, y: Number.NaN },
        { x: 2, y: 2 },
      ]),
    ).toThrow();
    const many = Array.from({ length: 65 }, (_, i) => ({ x: i, y: 0 }));
    expect(() => setEdgeWaypoints(doc, id, many)).toThrow();
    expect(readProcessMap(doc).edges[0]?.waypoints).toEqual(route);
  });

  it('reads a broken stored route as none, and old edges without one stay valid', () => {
    const { doc, id } = connected();
    getEntry(getEdges(doc), id)?.set('waypoints', [{ x: 'links', y: 3 }]);
    const map = readProcessMap(doc);
    expect(map.edges[0]).not.toHaveProperty('waypoints');
    expect(validateProcessMap(map).success).toBe(true);
    const withRoute = { ...map, edges: map.edges.map((edge) => ({ ...edge, waypoints: route })) };
    expect(validateProcessMap(withRoute).success).toBe(true);
    const broken = { ...map, edges: map.edges.map((edge) => ({ ...edge, waypoints: [route[0]] })) };
    expect(validateProcessMap(broken).success).toBe(false);
  });
});

describe('routeFits', () => {
  const source = { x: 0, y: 0, width: 44, height: 44 };
  const target = { x: 200, y: 100, width: 176, height: 68 };

  it('fits while both ends touch their nodes, on the outline or a few pixels off it', () => {
    expect(routeFits(route, source, target)).toBe(true);
    expect(touchesBoundary({ x: 50, y: 22 }, source)).toBe(true);
    expect(touchesBoundary({ x: 38, y: 22 }, source)).toBe(true);
  });

  it('no longer fits once either node moved away from its end', () => {
    expect(routeFits(route, { ...source, x: 100 }, target)).toBe(false);
    expect(routeFits(route, source, { ...target, y: 300 })).toBe(false);
    expect(routeFits(route, source, { ...target, x: 150 })).toBe(false);
  });

  it('does not fit without a route or with a single point', () => {
    expect(routeFits(undefined, source, target)).toBe(false);
    expect(routeFits([route[0]!], source, target)).toBe(false);
  });
});
