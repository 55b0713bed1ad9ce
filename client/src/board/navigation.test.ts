import { describe, expect, it } from 'vitest';
import type { Lane, ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import { focusAfterDelete, neighbour, readingOrder, type NavigationMap } from './navigation.ts';

const node = (id: string, x: number, y: number, laneId?: string): ProcessNode =>
  ({ id, kind: id === 'start' ? 'start' : 'activity', label: id, x, y, attrs: {}, laneId }) as ProcessNode;
const edge = (id: string, source: string, target: string): ProcessEdge =>
  ({ id, kind: 'sequence', source, target }) as ProcessEdge;

// start → check → (yes: approve, no: reject); two lanes, "reject" in the second.
const map: NavigationMap = {
  nodes: Object.fromEntries(
    [
      node('start', 0, 50, 'desk'),
      node('check', 200, 50, 'desk'),
      node('approve', 400, 0, 'desk'),
      node('reject', 400, 250, 'office'),
    ].map((entry) => [entry.id, entry]),
  ),
  edges: Object.fromEntries(
    [edge('e1', 'start', 'check'), edge('yes', 'check', 'approve'), edge('no', 'check', 'reject')].map(
      (entry) => [entry.id, entry],
    ),
  ),
  lanes: [
    { id: 'desk', label: 'Bürgerbüro', order: 0, size: 200, kind: 'role' },
    { id: 'office', label: 'Amt', order: 1, size: 200, kind: 'role' },
  ] as Lane[],
};

describe('moving the keyboard focus over the canvas', () => {
  it('reads lane by lane, each lane followed by its steps in flow order', () => {
    expect(readingOrder(map)).toEqual(['lane:desk', 'start', 'check', 'approve', 'lane:office', 'reject']);
  });

  it('follows the flow with → and ← through the connections, and ↓ ↑ switch between branches', () => {
    expect(neighbour(map, 'start', 'ArrowRight')).toBe('e1');
    expect(neighbour(map, 'e1', 'ArrowRight')).toBe('check');
    expect(neighbour(map, 'check', 'ArrowRight')).toBe('yes');
    expect(neighbour(map, 'yes', 'ArrowDown')).toBe('no');
    expect(neighbour(map, 'no', 'ArrowUp')).toBe('yes');
    expect(neighbour(map, 'no', 'ArrowRight')).toBe('reject');
    expect(neighbour(map, 'reject', 'ArrowLeft')).toBe('no');
    expect(neighbour(map, 'no', 'ArrowLeft')).toBe('check');
    expect(neighbour(map, 'approve', 'ArrowRight')).toBeNull();
  });

  it('walks every element with ↓ and ↑, enters a lane with →, and jumps with Home and End', () => {
    expect(neighbour(map, 'approve', 'ArrowDown')).toBe('lane:office');
    expect(neighbour(map, 'lane:office', 'ArrowUp')).toBe('approve');
    expect(neighbour(map, 'lane:office', 'ArrowRight')).toBe('reject');
    expect(neighbour(map, 'reject', 'ArrowDown')).toBeNull();
    expect(neighbour(map, 'check', 'Home')).toBe('lane:desk');
    expect(neighbour(map, 'check', 'End')).toBe('reject');
    expect(neighbour(map, null, 'ArrowDown')).toBe('lane:desk');
  });

  it('after a delete moves to the predecessor, else the successor, else the element before', () => {
    expect(focusAfterDelete(map, 'check', new Set(['e1', 'yes', 'no']))).toBe('start');
    expect(focusAfterDelete(map, 'start', new Set(['e1']))).toBe('check');
    expect(focusAfterDelete(map, 'no', new Set())).toBe('check');
    expect(focusAfterDelete(map, 'lane:office', new Set())).toBe('approve');
  });
});
