import { describe, expect, it } from 'vitest';
import type { Lane, ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import { buildOutline, outlineNeighbour } from './outline.ts';

const node = (id: string, x: number, y: number, laneId?: string): ProcessNode =>
  ({ id, kind: id === 'start' ? 'start' : 'activity', label: id, x, y, attrs: {}, laneId }) as ProcessNode;
const edge = (id: string, source: string, target: string, label?: string): ProcessEdge =>
  ({ id, kind: 'sequence', source, target, ...(label ? { label } : {}) }) as ProcessEdge;

const map = {
  nodes: [
    node('start', 0, 0, 'desk'),
    node('check', 200, 0, 'desk'),
    node('yes', 400, 0, 'office'),
    node('no', 400, 300, 'desk'),
  ],
  edges: [
    edge('e1', 'start', 'check'),
    edge('e3', 'check', 'no', 'nein'),
    edge('e2', 'check', 'yes', 'ja'),
    edge('x', 'check', 'gone'),
  ],
  lanes: [
    { id: 'desk', label: 'Bürgerbüro', order: 0, size: 200, kind: 'role' },
    { id: 'office', label: 'Fachamt', order: 1, size: 200, kind: 'orgUnit' },
  ] as Lane[],
};

describe('the map as an outline', () => {
  it('lists each lane with its steps in flow order and where each step leads, upper branch first', () => {
    const sections = buildOutline(map, new Map([['check', 2]]));
    expect(sections.map((s) => [s.lane?.label, s.steps.map((step) => step.node.id)])).toEqual([
      ['Bürgerbüro', ['start', 'check', 'no']],
      ['Fachamt', ['yes']],
    ]);
    const check = sections[0]!.steps[1]!;
    expect(check.outgoing.map((link) => [link.edge.label, link.target.id])).toEqual([
      ['ja', 'yes'],
      ['nein', 'no'],
    ]);
    expect(check.incoming.map((n) => n.id)).toEqual(['start']);
    expect(check.openThreads).toBe(2);
  });

  it('gives the focus to the step before a deleted one, or after it when it was first', () => {
    const sections = buildOutline(map);
    expect(outlineNeighbour(sections, 'check')).toBe('start');
    expect(outlineNeighbour(sections, 'start')).toBe('check');
    expect(outlineNeighbour(sections, 'yes')).toBe('no');
  });
});
