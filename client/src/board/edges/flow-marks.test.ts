// Tests for BPMN's marks at the start of a connection: which connection gets which, and where it is drawn.
import { describe, expect, it } from 'vitest';
import { flowMarkOf, flowMarkPath, routeStart, shownEdgeLabel, sideStart } from './flow-marks.ts';

/** The numbers of a path, as (x, y) pairs. */
function points(path: string): [number, number][] {
  const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([numbers[i]!, numbers[i + 1]!]);
  return pairs;
}

describe('flowMarkOf', () => {
  it('marks a default flow with the slash, from a gateway or an activity', () => {
    expect(flowMarkOf({ kind: 'sequence', isDefault: true }, 'decision')).toBe('default');
    expect(flowMarkOf({ kind: 'sequence', isDefault: true }, 'activity')).toBe('default');
  });

  it('marks a condition with the diamond only where the flow leaves an activity', () => {
    expect(flowMarkOf({ kind: 'sequence', condition: 'betrag > 1000' }, 'activity')).toBe('conditional');
    expect(flowMarkOf({ kind: 'sequence', condition: 'betrag > 1000' }, 'decision')).toBeUndefined();
    expect(flowMarkOf({ kind: 'sequence', condition: '  ' }, 'activity')).toBeUndefined();
  });

  it('starts every message flow in a circle, and leaves plain flows and associations bare', () => {
    expect(flowMarkOf({ kind: 'message' }, 'activity')).toBe('message');
    expect(flowMarkOf({ kind: 'sequence' }, 'activity')).toBeUndefined();
    expect(flowMarkOf({ kind: 'association', isDefault: true }, 'activity')).toBeUndefined();
  });
});

describe('where a connection starts', () => {
  it('leaves a node straight out of its side on an automatic path', () => {
    expect(sideStart({ x: 5, y: 7 }, 'bottom')).toEqual({ point: { x: 5, y: 7 }, dx: 0, dy: 1 });
    expect(sideStart({ x: 5, y: 7 }, 'left')).toEqual({ point: { x: 5, y: 7 }, dx: -1, dy: 0 });
  });

  it('leaves along the first run of a stored route, whatever bends follow', () => {
    const route = [
      { x: 100, y: 50 },
      { x: 100, y: 50 },
      { x: 100, y: 90 },
      { x: 300, y: 90 },
    ];
    expect(routeStart(route)).toEqual({ point: { x: 100, y: 50 }, dx: 0, dy: 1 });
    const diagonal = routeStart([
      { x: 0, y: 0 },
      { x: 30, y: 40 },
    ]);
    expect(diagonal).toEqual({ point: { x: 0, y: 0 }, dx: 0.6, dy: 0.8 });
    expect(routeStart([{ x: 1, y: 1 }])).toBeUndefined();
    expect(routeStart(undefined)).toBeUndefined();
  });
});

describe('flowMarkPath', () => {
  const right = sideStart({ x: 100, y: 50 }, 'right');

  it('crosses the first run with a slash 10 px after the start, leaning forward', () => {
    const [a, b] = points(flowMarkPath('default', right));
    expect((a![0] + b![0]) / 2).toBeCloseTo(110);
    expect((a![1] + b![1]) / 2).toBeCloseTo(50);
    // Below the line behind the crossing, above it ahead.
    expect(a![1]).toBeGreaterThan(50);
    expect(b![1]).toBeLessThan(50);
    expect(b![0]).toBeGreaterThan(a![0]);
  });

  it('puts the diamond from the start point 16 px along the run, 10 px wide', () => {
    expect(flowMarkPath('conditional', right)).toBe('M 100 50 L 108 55 L 116 50 L 108 45 Z');
  });

  it('turns with the run: a route leaving downwards has its diamond below the start', () => {
    const down = routeStart([
      { x: 100, y: 50 },
      { x: 100, y: 120 },
      { x: 300, y: 120 },
    ])!;
    expect(flowMarkPath('conditional', down)).toBe('M 100 50 L 95 58 L 100 66 L 105 58 Z');
  });

  it('draws the message circle touching the start, on the run', () => {
    const path = flowMarkPath('message', sideStart({ x: 20, y: 30 }, 'top'));
    expect(path).toBe('M 20 30 A 4 4 0 1 1 20 22 A 4 4 0 1 1 20 30 Z');
  });
});

describe('shownEdgeLabel', () => {
  it("shows a flow's own label before its condition", () => {
    expect(shownEdgeLabel({ kind: 'sequence', label: 'ja', condition: '${vollstaendig}' })).toBe('ja');
  });

  it('shows the condition of a flow without a label, on one line and shortened', () => {
    expect(shownEdgeLabel({ kind: 'sequence', condition: ' betrag\n  > 1000 ' })).toBe('betrag > 1000');
    const long = shownEdgeLabel({ kind: 'sequence', condition: 'x'.repeat(80) })!;
    expect(long).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
    expect(shownEdgeLabel({ kind: 'sequence' })).toBeUndefined();
  });
});
