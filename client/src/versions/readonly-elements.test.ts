// The read-only canvas elements: removed items drawn back in, colours by diff status, dangling edges left out.
import { describe, expect, it } from 'vitest';
import {
  asEdgeId,
  asLaneId,
  asNodeId,
  diffProcessMaps,
  diffStatusById,
  type ProcessMap,
} from '@prozesswerk/process-model';
import { DIFF_COLOURS, staticElements } from './readonly-elements.ts';
import type { StaticRouteData } from './StaticRouteEdge.tsx';

const node = (id: string, label: string) => ({
  id: asNodeId(id),
  kind: 'activity' as const,
  label,
  x: 0,
  y: 0,
  attrs: {},
});
const edge = (id: string, source: string, target: string) => ({
  id: asEdgeId(id),
  kind: 'sequence' as const,
  source: asNodeId(source),
  target: asNodeId(target),
});
const lane = { id: asLaneId('l'), label: 'Bürgerbüro', order: 0, size: 200, kind: 'orgUnit' as const };

describe('the read-only canvas elements', () => {
  it('draws removed steps and connections back in, marked removed, beside the added ones', () => {
    const before: ProcessMap = {
      schemaVersion: 1,
      nodes: [node('a', 'A'), node('b', 'B')],
      edges: [edge('ab', 'a', 'b')],
      lanes: [lane],
    };
    const after: ProcessMap = {
      ...before,
      nodes: [node('a', 'A'), node('c', 'C')],
      edges: [edge('ac', 'a', 'c')],
    };
    const diff = diffProcessMaps(before, after);
    const { nodes, edges } = staticElements(after, diff, diffStatusById(diff));
    const status = (id: string) =>
      nodes.find((n) => n.id === id)?.data.status ?? edges.find((e) => e.id === id)?.className;
    expect(status('b')).toBe('removed');
    expect(status('c')).toBe('added');
    expect(status('a')).toBeUndefined();
    expect(edges.find((e) => e.id === 'ab')?.style?.stroke).toBe(DIFF_COLOURS.removed);
    expect(edges.find((e) => e.id === 'ac')?.style?.stroke).toBe(DIFF_COLOURS.added);
    expect(nodes.filter((n) => n.type === 'staticLane')).toHaveLength(1);
  });

  it('leaves out a connection to a step that is not there, as the editor does', () => {
    const map: ProcessMap = {
      schemaVersion: 1,
      nodes: [node('a', 'A')],
      edges: [edge('ax', 'a', 'x')],
      lanes: [],
    };
    expect(staticElements(map).edges).toEqual([]);
  });

  it('gives a node its number of threads for the pin, and nodes without threads none', () => {
    const map: ProcessMap = {
      schemaVersion: 1,
      nodes: [node('a', 'A'), node('b', 'B')],
      edges: [],
      lanes: [],
    };
    const nodes = staticElements(map, undefined, new Map(), new Map([['a', 2]])).nodes;
    expect(nodes.map((n) => ('threads' in n.data ? n.data.threads : undefined))).toEqual([2, undefined]);
  });

  it('attaches a connection without stored sides where its steps face each other, and keeps stored sides', () => {
    const map: ProcessMap = {
      schemaVersion: 1,
      nodes: [node('a', 'A'), { ...node('b', 'B'), x: 400 }, { ...node('c', 'C'), y: 300 }],
      edges: [edge('ab', 'a', 'b'), edge('ac', 'a', 'c'), { ...edge('ba', 'b', 'a'), sourceHandle: 'top' }],
      lanes: [],
    };
    const sides = Object.fromEntries(
      staticElements(map).edges.map((e) => [e.id, [e.sourceHandle, e.targetHandle]]),
    );
    expect(sides).toEqual({ ab: ['right', 'left'], ac: ['bottom', 'top'], ba: ['top', 'right'] });
  });

  it('draws a connection along its stored route while it fits its steps, else as a smooth step', () => {
    const waypoints = [
      { x: 176, y: 34 },
      { x: 220, y: 34 },
      { x: 220, y: 134 },
      { x: 300, y: 134 },
    ];
    const routed: ProcessMap = {
      schemaVersion: 1,
      nodes: [node('a', 'A'), { ...node('b', 'B'), x: 300, y: 100 }],
      edges: [{ ...edge('ab', 'a', 'b'), waypoints }],
      lanes: [lane],
    };
    const drawn = staticElements(routed).edges[0];
    expect(drawn?.type).toBe('route');
    const data = drawn?.data as StaticRouteData;
    expect(data.route?.path).toMatch(/^M 176 34 .* L 300 134$/);
    // The start mark sits on the route's first run.
    expect(data.start).toEqual({ point: { x: 176, y: 34 }, dx: 1, dy: 0 });
    const moved = { ...routed, nodes: [node('a', 'A'), { ...node('b', 'B'), x: 500, y: 100 }] };
    expect((staticElements(moved).edges[0]?.data as StaticRouteData).route).toBeUndefined();
  });

  it('marks default, conditional and message flows, and shows a condition where a flow has no label', () => {
    const map: ProcessMap = {
      schemaVersion: 2,
      nodes: [node('a', 'A'), node('b', 'B'), node('c', 'C')],
      edges: [
        { ...edge('ab', 'a', 'b'), isDefault: true },
        { ...edge('ac', 'a', 'c'), condition: 'betrag > 1000' },
        { ...edge('bc', 'b', 'c'), kind: 'message' },
      ],
      lanes: [lane],
    };
    const edges = staticElements(map).edges;
    const marks = edges.map((drawn) => (drawn.data as StaticRouteData).mark);
    expect(marks).toEqual(['default', 'conditional', 'message']);
    expect(edges.map((drawn) => drawn.label)).toEqual([undefined, 'betrag > 1000', undefined]);
  });
});
