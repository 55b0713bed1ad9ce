// A connection without stored sides attaches where its two boxes face each other.
import { describe, expect, it } from 'vitest';
import { facingSides, sideAnchor } from './geometry.ts';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 60 });

describe('facingSides', () => {
  it('runs left to right between steps side by side, and back right to left', () => {
    expect(facingSides(box(0, 0), box(200, 30))).toEqual(['right', 'left']);
    expect(facingSides(box(200, 30), box(0, 0))).toEqual(['left', 'right']);
  });

  it('runs down or up between steps in lanes above each other', () => {
    expect(facingSides(box(0, 0), box(20, 200))).toEqual(['bottom', 'top']);
    expect(facingSides(box(20, 200), box(0, 0))).toEqual(['top', 'bottom']);
  });
});

describe('sideAnchor', () => {
  it('is the middle of the side', () => {
    expect(sideAnchor(box(0, 0), 'right')).toEqual({ x: 100, y: 30 });
    expect(sideAnchor(box(0, 0), 'top')).toEqual({ x: 50, y: 0 });
    expect(sideAnchor(box(0, 0), 'bottom')).toEqual({ x: 50, y: 60 });
    expect(sideAnchor(box(0, 0), 'left')).toEqual({ x: 0, y: 30 });
  });
});
