// Tests for the automatic layout behind import without diagram and the board's "tidy up".
import { describe, expect, it } from 'vitest';
import { asEdgeId, asLaneId, asNodeId, routeFits } from '@prozesswerk/process-model';
import type { Lane, NodeKind, Point, ProcessMap, ProcessNode } from '@prozesswerk/process-model';
import type { Box } from './geometry.ts';
import { nodeBox } from './geometry.ts';
import { autoLayout } from './layout.ts';

function node(id: string, kind: NodeKind, laneId?: string): ProcessNode {
  const result: ProcessNode = {
    id: asNodeId(id),
    kind,
    label: id,
    x: 999,
    y: 999,
    attrs: { durationMin: 5 },
  };
  if (laneId !== undefined) result.laneId = asLaneId(laneId);
  return result;
}

function lane(id: string, order: number): Lane {
  return { id: asLaneId(id), label: id, order, size: 500, kind: 'role' };
}

const flow = (source: string, target: string) => ({
  id: asEdgeId(`${source}-${target}`),
  kind: 'sequence' as const,
  source: asNodeId(source),
  target: asNodeId(target),
});

function segmentCrosses(a: Point, b: Point, box: Box): boolean {
  const [left, right] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [top, bottom] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return (
    left < box.x + box.width - 1 && right > box.x + 1 && top < box.y + box.height - 1 && bottom > box.y + 1
  );
}

const sample: ProcessMap = {
  schemaVersion: 1,
  lanes: [lane('back', 5), lane('front', 1)],
  nodes: [
    node('s', 'start', 'front'),
    node('a', 'activity', 'front'),
    node('x', 'decision', 'front'),
    node('b', 'activity', 'back'),
    node('c', 'activity', 'front'),
    node('e', 'end', 'back'),
    node('n', 'note'),
  ],
  edges: [
    flow('s', 'a'),
    flow('a', 'x'),
    flow('x', 'b'),
    flow('x', 'c'),
    flow('c', 'a'),
    flow('b', 'e'),
    flow('c', 'e'),
  ],
};

describe('autoLayout', () => {
  it('changes positions and lane sizes only', async () => {
    const result = await autoLayout(sample);
    const strip = (map: ProcessMap) => ({
      nodes: map.nodes.map(({ x: _x, y: _y, ...rest }) => rest),
      edges: map.edges.map(({ waypoints: _w, ...rest }) => rest),
      lanes: map.lanes.map(({ size: _size, ...rest }) => rest),
    });
    expect(strip(result)).toEqual(strip(sample));
  });

  it('keeps every node inside its lane, lanes stacked from y = 0 in their order, free nodes below', async () => {
    const result = await autoLayout(sample);
    const front = result.lanes.find((l) => l.id === 'front')?.size ?? 0;
    const back = result.lanes.find((l) => l.id === 'back')?.size ?? 0;
    const bands: Record<string, [number, number]> = { front: [0, front], back: [front, front + back] };
    for (const n of result.nodes) {
      const box = nodeBox(n);
      if (n.laneId === undefined) {
        expect(box.y).toBeGreaterThanOrEqual(front + back);
        continue;
      }
      const [top, bottom] = bands[n.laneId] ?? [NaN, NaN];
      expect(box.y).toBeGreaterThanOrEqual(top);
      expect(box.y + box.height).toBeLessThanOrEqual(bottom);
    }
  });

  it('runs left to right along the flow, a loop back included', async () => {
    const { nodes } = await autoLayout(sample);
    const x = (id: string) => nodes.find((n) => n.id === id)?.x ?? NaN;
    expect(x('s')).toBeLessThan(x('a'));
    expect(x('a')).toBeLessThan(x('x'));
    expect(x('x')).toBeLessThan(x('c'));
    expect(x('b')).toBeLessThan(x('e'));
  });

  it('lets no two nodes overlap', async () => {
    const { nodes } = await autoLayout(sample);
    const boxes = nodes.map(nodeBox);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }),
    );
  });

  it('gives connections orthogonal routes from node to node that cross no other node', async () => {
    const result = await autoLayout(sample);
    const boxes = new Map(result.nodes.map((n) => [n.id as string, nodeBox(n)] as const));
    const routed = result.edges.filter((e) => e.waypoints !== undefined);
    expect(routed.length).toBeGreaterThanOrEqual(result.edges.length - 1);
    expect(routed.some((e) => (e.waypoints?.length ?? 0) > 2)).toBe(true);
    for (const edge of routed) {
      const points = edge.waypoints ?? [];
      expect(routeFits(points, boxes.get(edge.source)!, boxes.get(edge.target)!, 1)).toBe(true);
      points.slice(1).forEach((p, i) => expect(p.x === points[i]!.x || p.y === points[i]!.y).toBe(true));
      for (const [id, box] of boxes) {
        if (id === edge.source || id === edge.target) continue;
        points.slice(1).forEach((p, i) => expect(segmentCrosses(points[i]!, p, box)).toBe(false));
      }
    }
  });

  it('meets a decision at the middle of its sides', async () => {
    const result = await autoLayout(sample);
    const x = nodeBox(result.nodes.find((n) => n.id === 'x')!);
    const middle = x.y + x.height / 2;
    for (const edge of result.edges.filter((e) => e.source === 'x' && e.waypoints)) {
      expect(edge.waypoints![0]!.y).toBe(middle);
    }
  });

  it('lays out a map without lanes and an empty map', async () => {
    const noLanes = await autoLayout({
      ...sample,
      lanes: [],
      nodes: sample.nodes.map(({ laneId: _l, ...n }) => n),
    });
    expect(noLanes.nodes.every((n) => Number.isFinite(n.x) && n.y >= 0)).toBe(true);
    const empty: ProcessMap = { schemaVersion: 1, lanes: [], nodes: [], edges: [] };
    expect(await autoLayout(empty)).toEqual(empty);
  });

  it('draws a group around the steps it enclosed, and routes the connections inside it', async () => {
    const steps = [node('p', 'activity', 'front'), node('q', 'activity', 'front'), node('r', 'end', 'front')];
    const placedBefore = steps.map((step, i) => ({ ...step, x: 100 + i * 250, y: 100 }));
    const group: ProcessNode = { ...node('g', 'group'), x: 80, y: 60, w: 460, h: 160 };
    const empty: ProcessNode = { ...node('h', 'group'), x: 2000, y: 2000, w: 100, h: 100 };
    const map: ProcessMap = {
      schemaVersion: 1,
      lanes: [lane('front', 1)],
      nodes: [...placedBefore, group, empty],
      edges: [flow('p', 'q'), flow('q', 'r')],
    };
    const result = await autoLayout(map, { fitGroups: true });
    const frame = nodeBox(result.nodes.find((n) => n.id === 'g')!);
    for (const id of ['p', 'q']) {
      const box = nodeBox(result.nodes.find((n) => n.id === id)!);
      expect(box.x).toBeGreaterThan(frame.x);
      expect(box.y).toBeGreaterThan(frame.y);
      expect(box.x + box.width).toBeLessThan(frame.x + frame.width);
      expect(box.y + box.height).toBeLessThan(frame.y + frame.height);
    }
    // r lay outside the group and stays outside its frame.
    const r = nodeBox(result.nodes.find((n) => n.id === 'r')!);
    expect(r.x).toBeGreaterThanOrEqual(frame.x + frame.width);
    // The frame is no obstacle: the connection inside it keeps its route.
    expect(result.edges.find((e) => e.id === 'p-q')?.waypoints?.length).toBeGreaterThanOrEqual(2);
    // A group that framed nothing stays as it was.
    expect(result.nodes.find((n) => n.id === 'h')).toEqual(empty);
  });
});
