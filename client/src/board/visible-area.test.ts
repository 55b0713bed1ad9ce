// Tests for the part of the canvas a person sees.
import { describe, expect, it } from 'vitest';
import { uncoveredArea } from './visible-area.ts';

const canvas = { x: 224, y: 100, width: 1000, height: 700 };

describe('uncoveredArea', () => {
  it('is the whole canvas when nothing lies over it', () => {
    expect(uncoveredArea(canvas, [])).toEqual(canvas);
  });

  it('leaves out the part of a drawer that reaches over the right of the canvas', () => {
    const drawer = { x: 1144, y: 100, width: 380, height: 700 };
    expect(uncoveredArea(canvas, [drawer])).toEqual({ x: 224, y: 100, width: 920, height: 700 });
  });

  it('leaves out a bar across the top and a strip on the left', () => {
    const bar = { x: 0, y: 90, width: 2000, height: 50 };
    const strip = { x: 200, y: 140, width: 124, height: 660 };
    expect(uncoveredArea(canvas, [bar, strip])).toEqual({ x: 324, y: 140, width: 900, height: 660 });
  });

  it('ignores small things floating over the map and covers beside the canvas', () => {
    const toast = { x: 600, y: 700, width: 300, height: 40 };
    const inspector = { x: 1224, y: 100, width: 300, height: 700 };
    expect(uncoveredArea(canvas, [toast, inspector])).toEqual(canvas);
  });

  it('keeps the canvas when a cover hides all of it', () => {
    expect(uncoveredArea(canvas, [{ x: 0, y: 0, width: 3000, height: 3000 }])).toEqual(canvas);
  });
});
