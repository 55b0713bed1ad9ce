// Tests for comparing two versions of a process map, as the compare page and canvas highlighting use it.
import { describe, expect, it } from 'vitest';
import { diffProcessMaps, diffStatusById } from './diff.ts';
import { asEdgeId, asLaneId, asNodeId } from './ids.ts';
import type { Lane, ProcessEdge, ProcessMap, ProcessNode } from './schema.ts';

function node(id: string, fields: Partial<Omit<ProcessNode, 'id'>> = {}): ProcessNode {
  return { id: asNodeId(id), kind: 'activity', label: id, x: 0, y: 0, attrs: {}, ...fields };
}

function edge(id: string, source: string, target: string, fields: Partial<ProcessEdge> = {}): ProcessEdge {
  return {
    id: asEdgeId(id),
    kind: 'sequence',
    source: asNodeId(source),
    target: asNodeId(target),
    ...fields,
  };
}

function lane(id: string, fields: Partial<Omit<Lane, 'id'>> = {}): Lane {
  return { id: asLaneId(id), label: id, order: 0, size: 200, kind: 'role', ...fields };
}

function map(parts: Partial<Omit<ProcessMap, 'schemaVersion'>>): ProcessMap {
  return { schemaVersion: 1, nodes: [], edges: [], lanes: [], ...parts };
}

const base = map({
  lanes: [lane('L1', { label: 'Bürgeramt' }), lane('L2', { order: 1 })],
  nodes: [
    node('a', { kind: 'start', label: 'Antrag geht ein' }),
    node('b', {
      label: 'Antrag prüfen',
      laneId: asLaneId('L1'),
      attrs: { durationMin: 15, medium: 'paper' },
    }),
    node('c', { kind: 'end', label: 'Bescheid versandt', x: 300 }),
  ],
  edges: [edge('e1', 'a', 'b'), edge('e2', 'b', 'c', { label: 'ok' })],
});

describe('diffProcessMaps', () => {
  it('finds nothing between identical maps', () => {
    const diff = diffProcessMaps(base, JSON.parse(JSON.stringify(base)) as ProcessMap);
    expect(diff.summary).toEqual({
      nodes: { added: 0, removed: 0, changed: 0, moved: 0 },
      edges: { added: 0, removed: 0, changed: 0 },
      lanes: { added: 0, removed: 0, changed: 0 },
      isEmpty: true,
    });
    expect(diff.nodes).toEqual({ added: [], removed: [], changed: [] });
    expect(diffStatusById(diff).size).toBe(0);
  });

  it('lists added nodes as in after and removed nodes as in before, sorted by id', () => {
    const after = map({
      ...base,
      nodes: [node('z', { label: 'Rückfrage' }), base.nodes[1]!, node('d', { kind: 'decision' })],
    });
    const diff = diffProcessMaps(base, after);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['d', 'z']);
    expect(diff.nodes.added[1]).toBe(after.nodes[0]);
    expect(diff.nodes.removed).toEqual([base.nodes[0], base.nodes[2]]);
    expect(diff.nodes.changed).toEqual([]);
    expect(diff.summary.nodes).toEqual({ added: 2, removed: 2, changed: 0, moved: 0 });
    expect(diff.summary.isEmpty).toBe(false);
  });

  it('names changed fields, with dotted paths for attributes', () => {
    const after = map({
      ...base,
      nodes: [
        base.nodes[0]!,
        node('b', {
          label: 'Antrag gründlich prüfen',
          attrs: { durationMin: 30, medium: 'paper', role: 'SB' },
        }),
        node('c', { kind: 'activity', label: 'Bescheid versandt', x: 300 }),
      ],
    });
    const diff = diffProcessMaps(base, after);
    expect(diff.nodes.changed).toEqual([
      {
        id: 'b',
        before: base.nodes[1],
        after: after.nodes[1],
        fields: ['attrs.durationMin', 'attrs.role', 'label', 'laneId'],
        values: [
          { field: 'attrs.durationMin', before: 15, after: 30 },
          { field: 'attrs.role', after: 'SB' },
          { field: 'label', before: 'Antrag prüfen', after: 'Antrag gründlich prüfen' },
          { field: 'laneId', before: 'L1' },
        ],
        moved: false,
      },
      {
        id: 'c',
        before: base.nodes[2],
        after: after.nodes[2],
        fields: ['kind'],
        values: [{ field: 'kind', before: 'end', after: 'activity' }],
        moved: false,
      },
    ]);
  });

  it('reports a removed attribute as a change of that attribute only', () => {
    const after = map({
      ...base,
      nodes: [base.nodes[0]!, { ...base.nodes[1]!, attrs: { durationMin: 15 } }, base.nodes[2]!],
    });
    expect(diffProcessMaps(base, after).nodes.changed.map((c) => c.fields)).toEqual([['attrs.medium']]);
  });

  it('flags a node that only moved or was resized, and still lists it as changed', () => {
    const after = map({
      ...base,
      nodes: [
        { ...base.nodes[0]!, x: 40, y: -10 },
        { ...base.nodes[1]!, w: 180, h: 60 },
        { ...base.nodes[2]!, x: 320, label: 'Bescheid' },
      ],
    });
    const diff = diffProcessMaps(base, after);
    expect(diff.nodes.changed.map(({ id, fields, moved }) => ({ id, fields, moved }))).toEqual([
      { id: 'a', fields: ['x', 'y'], moved: true },
      { id: 'b', fields: ['h', 'w'], moved: true },
      { id: 'c', fields: ['label', 'x'], moved: false },
    ]);
    expect(diff.summary.nodes).toEqual({ added: 0, removed: 0, changed: 3, moved: 2 });
  });

  it('does not count a connection as changed when only its drawn route differs (tidy-up)', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 300, y: 0 },
    ];
    const after = map({ ...base, edges: base.edges.map((e) => ({ ...e, waypoints: route })) });
    expect(diffProcessMaps(base, after).summary.isEmpty).toBe(true);
  });

  it('reports an edge relabel, reconnection and removed label', () => {
    const after = map({
      ...base,
      edges: [
        edge('e1', 'a', 'b', { label: 'Eingang' }),
        edge('e2', 'a', 'c'),
        edge('e3', 'c', 'a', { kind: 'message' }),
      ],
    });
    const diff = diffProcessMaps(base, after);
    expect(diff.edges.changed.map(({ id, fields }) => ({ id, fields }))).toEqual([
      { id: 'e1', fields: ['label'] },
      { id: 'e2', fields: ['label', 'source'] },
    ]);
    expect(diff.edges.added.map((e) => e.id)).toEqual(['e3']);
    expect(diff.summary.edges).toEqual({ added: 1, removed: 0, changed: 2 });
  });

  it('reports lane renames, reorders, new kinds, additions and removals', () => {
    const after = map({
      ...base,
      lanes: [
        lane('L2', { order: 0, kind: 'external' }),
        lane('L1', { label: 'Bürgerbüro', order: 1 }),
        lane('L3', { order: 2 }),
      ],
      nodes: base.nodes.map((n) => ({ ...n, laneId: undefined })),
    });
    const diff = diffProcessMaps(base, after);
    expect(diff.lanes.changed.map(({ id, fields }) => ({ id, fields }))).toEqual([
      { id: 'L1', fields: ['label', 'order'] },
      { id: 'L2', fields: ['kind', 'order'] },
    ]);
    expect(diff.lanes.added.map((l) => l.id)).toEqual(['L3']);
    expect(diff.nodes.changed.map(({ id, fields }) => ({ id, fields }))).toEqual([
      { id: 'b', fields: ['laneId'] },
    ]);
  });

  it('gives one status per id for canvas highlighting', () => {
    const after = map({
      lanes: [base.lanes[0]!, lane('L3')],
      nodes: [{ ...base.nodes[0]!, x: 5 }, { ...base.nodes[1]!, label: 'neu' }, base.nodes[2]!, node('d')],
      edges: [edge('e1', 'a', 'b', { label: 'los' })],
    });
    const status = diffStatusById(diffProcessMaps(base, after));
    expect(Object.fromEntries(status)).toEqual({
      a: 'moved',
      b: 'changed',
      d: 'added',
      e1: 'changed',
      e2: 'removed',
      L2: 'removed',
      L3: 'added',
    });
  });

  it('gives the same diff whatever order the input lists are in', () => {
    const after = map({ ...base, nodes: [node('d'), ...base.nodes.slice(1)] });
    const shuffled = (m: ProcessMap): ProcessMap => ({
      ...m,
      nodes: [...m.nodes].reverse(),
      edges: [...m.edges].reverse(),
      lanes: [...m.lanes].reverse(),
    });
    expect(diffProcessMaps(shuffled(base), shuffled(after))).toEqual(diffProcessMaps(base, after));
  });
});
