import { describe, expect, it } from 'vitest';
import { freeSpotBeside, PLACEMENT_GAP } from './placement.ts';
import type { Rect } from './geometry.ts';

const size = { width: 176, height: 68 };
const box = (x: number, y: number): Rect => ({ x, y, ...size });
const apart = (a: Rect, b: Rect) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('placing a new element from the palette', () => {
  it('puts it right of the selected element, centred on it', () => {
    const anchor = box(100, 100);
    expect(freeSpotBeside(size, anchor, { x: 0, y: 0 }, [anchor])).toEqual({
      x: 100 + 176 + PLACEMENT_GAP,
      y: 100,
    });
  });

  it('steps aside when that spot is taken, and never lands on another element', () => {
    const taken = [box(100, 100), box(100 + 176 + PLACEMENT_GAP, 100)];
    const spot = freeSpotBeside(size, taken[0], { x: 0, y: 0 }, taken);
    for (const other of taken) expect(apart({ ...spot, ...size }, other)).toBe(true);
  });

  it('places ten in a row without overlap, each beside the one added before', () => {
    const taken: Rect[] = [];
    let anchor: Rect | undefined;
    for (let n = 0; n < 10; n++) {
      const spot = freeSpotBeside(size, anchor, { x: 400, y: 300 }, taken);
      const placed = { ...spot, ...size };
      for (const other of taken) expect(apart(placed, other)).toBe(true);
      taken.push(placed);
      anchor = placed;
    }
  });

  it('uses the middle of the view when nothing is selected and it is free', () => {
    expect(freeSpotBeside(size, undefined, { x: 500, y: 300 }, [])).toEqual({ x: 412, y: 266 });
  });
});
