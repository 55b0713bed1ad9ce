import { describe, expect, it } from 'vitest';
import { flowOrder, outlineGroups } from './flow-order.ts';
import type { Lane, ProcessEdge, ProcessNode } from './schema.ts';

const node = (id: string, x: number, y = 0, extra: Partial<ProcessNode> = {}) =>
  ({ id, kind: 'activity', x, y, ...extra }) as Pick<ProcessNode, 'id' | 'kind' | 'x' | 'y' | 'laneId'>;
const edge = (source: string, target: string, kind: ProcessEdge['kind'] = 'sequence') =>
  ({ id: `${source}-${target}`, source, target, kind }) as ProcessEdge;
const lane = (id: string, order: number) => ({ id, label: id, order, size: 200, kind: 'role' }) as Lane;

describe('the flow order of a map', () => {
  it('reads from the start event along the connections, not by position', () => {
    const nodes = [node('c', 0), node('b', 500), node('s', 900, 0, { kind: 'start' }), node('e', 100)];
    expect(flowOrder(nodes, [edge('s', 'b'), edge('b', 'c'), edge('c', 'e')])).toEqual(['s', 'b', 'c', 'e']);
  });

  it('follows the upper branch of a decision to its end before the lower one', () => {
    const nodes = [node('d', 0), node('low', 100, 200), node('up', 100, -100), node('after', 300, -100)];
    const edges = [edge('d', 'low'), edge('d', 'up'), edge('up', 'after')];
    expect(flowOrder(nodes, edges)).toEqual(['d', 'up', 'after', 'low']);
  });

  it('lists every node once, loose ones and cycles too, and ignores associations and broken edges', () => {
    const nodes = [node('a', 0), node('b', 100), node('loop1', 300), node('loop2', 400), node('note', 50)];
    const edges = [
      edge('a', 'b'),
      edge('loop1', 'loop2'),
      edge('loop2', 'loop1'),
      edge('note', 'a', 'association'),
      edge('a', 'missing'),
    ];
    const order = flowOrder(nodes, edges);
    expect([...order].sort()).toEqual(['a', 'b', 'loop1', 'loop2', 'note']);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
    expect(order.indexOf('loop1')).toBeLessThan(order.indexOf('loop2'));
  });

  it('groups the steps by lane in lane order, with the steps in no lane last', () => {
    const nodes = [
      node('s', 0, 0, { kind: 'start', laneId: 'bottom' as never }),
      node('x', 200, 0, { laneId: 'top' as never }),
      node('y', 400, 0),
      node('z', 600, 0, { laneId: 'gone' as never }),
    ];
    const groups = outlineGroups(
      nodes,
      [edge('s', 'x'), edge('x', 'y'), edge('y', 'z')],
      [lane('top', 0), lane('bottom', 1)],
    );
    expect(groups.map((group) => [group.lane?.id ?? null, group.nodeIds])).toEqual([
      ['top', ['x']],
      ['bottom', ['s']],
      [null, ['y', 'z']],
    ]);
  });
});
