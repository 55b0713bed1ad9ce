// Tests for boundary events in the automatic layout: they stay on their activity's border.
import { describe, expect, it } from 'vitest';
import { asEdgeId, asLaneId, asNodeId, laneBoxes } from '@prozesswerk/process-model';
import type { Lane, NodeKind, ProcessMap, ProcessNode } from '@prozesswerk/process-model';
import type { Box } from './geometry.ts';
import { centre, nodeBox } from './geometry.ts';
import { ontoBorder } from './layout-boundary.ts';
import { autoLayout } from './layout.ts';

function node(id: string, kind: NodeKind, at: { x: number; y: number }, laneId?: string): ProcessNode {
  const result: ProcessNode = { id: asNodeId(id), kind, label: id, ...at, attrs: {} };
  if (laneId !== undefined) result.laneId = asLaneId(laneId);
  return result;
}

function timer(id: string, host: string, at: { x: number; y: number }, laneId?: string): ProcessNode {
  return { ...node(id, 'intermediate', at, laneId), attachedTo: asNodeId(host), trigger: 'timer' };
}

const lane = (id: string, order: number): Lane => ({
  id: asLaneId(id),
  label: id,
  order,
  size: 300,
  kind: 'role',
});

const flow = (source: string, target: string) => ({
  id: asEdgeId(`${source}-${target}`),
  kind: 'sequence' as const,
  source: asNodeId(source),
  target: asNodeId(target),
});

// The activity "check" sits at (200, 100) in lane "office"; timer t1 on its bottom edge, t2 inside it, and a
// stray edge from t2 back to its host that must not become a loop.
const map: ProcessMap = {
  schemaVersion: 1,
  lanes: [lane('office', 1), lane('back', 2)],
  nodes: [
    node('s', 'start', { x: 0, y: 112 }, 'office'),
    node('check', 'activity', { x: 200, y: 100 }, 'office'),
    timer('t1', 'check', { x: 300, y: 146 }, 'back'),
    timer('t2', 'check', { x: 220, y: 105 }, 'office'),
    node('remind', 'activity', { x: 300, y: 400 }, 'back'),
    node('e', 'end', { x: 500, y: 112 }, 'office'),
  ],
  edges: [flow('s', 'check'), flow('check', 'e'), flow('t1', 'remind'), flow('t2', 'check')],
};

const byId = (result: ProcessMap, id: string) => result.nodes.find((n) => n.id === id)!;

function onBorder(point: { x: number; y: number }, host: Box): boolean {
  const inX = point.x >= host.x && point.x <= host.x + host.width;
  const inY = point.y >= host.y && point.y <= host.y + host.height;
  const onVertical = inY && (point.x === host.x || point.x === host.x + host.width);
  const onHorizontal = inX && (point.y === host.y || point.y === host.y + host.height);
  return onVertical || onHorizontal;
}

function apart(a: Box, b: Box): boolean {
  return a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
}

/** Where the board draws the lane: the band an event must stay within to be in it. */
const laneBox = (result: ProcessMap, id: string) => laneBoxes(result).find((box) => box.lane.id === id)!;

describe('autoLayout with boundary events', () => {
  for (const fitGroups of [false, true]) {
    const mode = fitGroups ? 'tidying a drawn map' : 'laying out a file without diagram';
    it(`keeps each event on its host's border and in its host's lane (${mode})`, async () => {
      const result = await autoLayout(map, { fitGroups });
      const host = nodeBox(byId(result, 'check'));
      const lane = laneBox(result, 'office');
      for (const id of ['t1', 't2']) {
        const event = byId(result, id);
        expect(onBorder(centre(nodeBox(event)), host)).toBe(true);
        expect(event.laneId).toBe('office');
        expect(nodeBox(event).y).toBeGreaterThanOrEqual(lane.y);
        expect(nodeBox(event).y + nodeBox(event).height).toBeLessThanOrEqual(lane.y + lane.height);
      }
    });

    it(`places what follows an event right of its host, and routes none of the event's edges (${mode})`, async () => {
      const result = await autoLayout(map, { fitGroups });
      const host = nodeBox(byId(result, 'check'));
      expect(byId(result, 'remind').x).toBeGreaterThan(host.x + host.width);
      for (const id of ['t1-remind', 't2-check'])
        expect(result.edges.find((e) => e.id === id)?.waypoints).toBeUndefined();
      expect(result.edges.find((e) => e.id === 's-check')?.waypoints).toBeDefined();
    });
  }

  it('spreads the events of one host along its bottom edge without overlap when positions mean nothing', async () => {
    const result = await autoLayout(map);
    const host = nodeBox(byId(result, 'check'));
    const [a, b] = [nodeBox(byId(result, 't1')), nodeBox(byId(result, 't2'))];
    expect(centre(a).y).toBe(host.y + host.height);
    expect(centre(b).y).toBe(host.y + host.height);
    expect(apart(a, b)).toBe(true);
  });

  it('keeps an event where it sat on its host when tidying, and moves one inside the host onto the border', async () => {
    const result = await autoLayout(map, { fitGroups: true });
    const host = nodeBox(byId(result, 'check'));
    // t1's centre was 122 right of and 68 below the host's corner: on the bottom edge.
    expect(centre(nodeBox(byId(result, 't1')))).toEqual({ x: host.x + 122, y: host.y + 68 });
    // t2's centre (42, 27) was inside the 176 × 68 host, nearest its top edge.
    expect(centre(nodeBox(byId(result, 't2')))).toEqual({ x: host.x + 42, y: host.y });
  });

  it('treats an event whose host is not laid out as an ordinary node', async () => {
    const orphan = { ...map, nodes: map.nodes.filter((n) => n.id !== 'check') };
    const edges = orphan.edges.filter((e) => e.source !== 'check' && e.target !== 'check');
    const result = await autoLayout({ ...orphan, edges });
    expect(byId(result, 't1').x).toBeLessThan(byId(result, 'remind').x);
  });
});

describe('ontoBorder', () => {
  it('keeps a point on the border, clamps one outside and pushes one inside to the nearest side', () => {
    expect(ontoBorder({ x: 50, y: 68 }, 176, 68)).toEqual({ x: 50, y: 68 });
    expect(ontoBorder({ x: 250, y: 30 }, 176, 68)).toEqual({ x: 176, y: 30 });
    expect(ontoBorder({ x: 170, y: 30 }, 176, 68)).toEqual({ x: 176, y: 30 });
    expect(ontoBorder({ x: 60, y: 60 }, 176, 68)).toEqual({ x: 60, y: 68 });
  });
});
