// Copies of nodes point to each other, not to what was left behind.
import { describe, expect, it } from 'vitest';
import { createProcessDoc } from './doc.ts';
import { asEdgeId, asNodeId } from './ids.ts';
import { addNodeCopies } from './node-copies.ts';
import { addPool } from './pool-mutations.ts';
import { readProcessMap } from './read.ts';
import type { ProcessEdge, ProcessNode } from './schema.ts';

const node = (id: string, fields: Partial<ProcessNode> = {}): ProcessNode => ({
  id: asNodeId(id),
  kind: 'activity',
  label: id,
  x: 100,
  y: 100,
  attrs: {},
  ...fields,
});

const flow = (source: string, target: string, fields: Partial<ProcessEdge> = {}): ProcessEdge => ({
  id: asEdgeId(`${source}-${target}`),
  kind: 'sequence',
  source: asNodeId(source),
  target: asNodeId(target),
  ...fields,
});

describe('adding copies of nodes', () => {
  it('points references among the copies to the copies, and leaves out those to nodes not copied', () => {
    const doc = createProcessDoc();
    const ids = addNodeCopies(
      doc,
      {
        nodes: [
          node('sub', { activityType: 'subProcess', expanded: true }),
          node('inside', { parentId: asNodeId('sub') }),
          node('lost', { parentId: asNodeId('elsewhere') }),
        ],
        edges: [flow('sub', 'lost'), flow('lost', 'elsewhere')],
      },
      { dx: 10, dy: 20, laneOf: () => undefined },
    );
    const map = readProcessMap(doc);
    const copy = (id: string) => map.nodes.find((n) => n.id === ids.get(id))!;
    expect(copy('sub')).toMatchObject({ activityType: 'subProcess', expanded: true, x: 110, y: 120 });
    expect(copy('inside').parentId).toBe(ids.get('sub'));
    expect(copy('lost').parentId).toBeUndefined();
    expect(map.edges.map((e) => [e.source, e.target])).toEqual([[ids.get('sub'), ids.get('lost')]]);
  });

  it("ends a message to a pool at the pool's copy, without the route that fitted the old place", () => {
    const doc = createProcessDoc();
    const pool = addPool(doc, { label: 'Antragsteller' });
    const route = [
      { x: 0, y: 0 },
      { x: 0, y: 50 },
    ];
    addNodeCopies(
      doc,
      { nodes: [node('send')], edges: [flow('send', 'party', { kind: 'message', waypoints: route })] },
      { dx: 0, dy: 0, laneOf: () => undefined, pools: new Map([['party', pool]]) },
    );
    const [message] = readProcessMap(doc).edges;
    expect(message).toMatchObject({ kind: 'message', target: pool });
    expect(message?.waypoints).toBeUndefined();
  });
});
