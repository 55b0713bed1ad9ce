// Tests for drawing a stored connection route: through its bends, with small rounded corners, label in the middle.
import { describe, expect, it } from 'vitest';
import { pointAlong, routePath, storedRoutePath } from './route-path.ts';

const route = [
  { x: 0, y: 0 },
  { x: 100, y: 0 },
  { x: 100, y: 80 },
  { x: 200, y: 80 },
];

describe('routePath', () => {
  it('runs from the first point through every bend to the last, rounding each bend by 8 px', () => {
    const { path } = routePath(route);
    expect(path).toBe('M 0 0 L 92 0 Q 100 0 100 8 L 100 72 Q 100 80 108 80 L 200 80');
  });

  it('rounds less where two bends are close, so corners never overlap', () => {
    const { path } = routePath([
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 50, y: 6 },
      { x: 100, y: 6 },
    ]);
    expect(path).toBe('M 0 0 L 47 0 Q 50 0 50 3 L 50 3 Q 50 6 53 6 L 100 6');
  });

  it('draws a route without bends as one straight line', () => {
    expect(routePath([route[0]!, { x: 200, y: 0 }]).path).toBe('M 0 0 L 200 0');
  });

  it('puts the label at the middle of the route, measured along it', () => {
    const { labelX, labelY } = routePath(route);
    // 280 px long: the middle is 140 px in, 40 px down the vertical run.
    expect([labelX, labelY]).toEqual([100, 40]);
    expect(pointAlong(route, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(route, 1)).toEqual({ x: 200, y: 80 });
  });
});

describe('storedRoutePath', () => {
  const source = { x: -44, y: -22, width: 44, height: 44 };
  const target = { x: 200, y: 46, width: 176, height: 68 };

  it('draws the stored route while its ends touch both nodes', () => {
    expect(storedRoutePath(route, source, target)?.path).toBe(routePath(route).path);
  });

  it('ignores the route once a node moved away from its end, or before the nodes are measured', () => {
    expect(storedRoutePath(route, { ...source, y: 100 }, target)).toBeUndefined();
    expect(storedRoutePath(route, source, { ...target, x: 260 })).toBeUndefined();
    expect(storedRoutePath(route, undefined, target)).toBeUndefined();
    expect(storedRoutePath(undefined, source, target)).toBeUndefined();
  });
});
