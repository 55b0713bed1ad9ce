// Tests for follow mode's pure parts: reading whom someone follows, and showing another's view in a different window.
import { describe, expect, it } from 'vitest';
import { followingOf, isFollowed, viewportFor } from './follow.ts';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

describe('followingOf', () => {
  it('reads a client id and treats anything else as following nobody', () => {
    expect(followingOf({ following: 42 })).toBe(42);
    expect(followingOf({ following: null })).toBeNull();
    expect(followingOf({ following: '42' })).toBeNull();
    expect(followingOf({ following: 1.5 })).toBeNull();
    expect(followingOf(null)).toBeNull();
  });
});

describe('viewportFor', () => {
  const view = { x: -300, y: 120, zoom: 1.5, width: 1200, height: 800 };

  it('takes the viewport as it is when both canvases have the same size', () => {
    expect(viewportFor(view, 1200, 800)).toEqual({ x: -300, y: 120, zoom: 1.5 });
  });

  it('keeps the same spot of the map in the middle of a smaller or larger canvas, at the same zoom', () => {
    const centre = { x: (600 - view.x) / view.zoom, y: (400 - view.y) / view.zoom };
    for (const [width, height] of [
      [800, 600],
      [1920, 1080],
    ] as const) {
      const result = viewportFor(view, width, height);
      expect(result.zoom).toBe(1.5);
      expect((width / 2 - result.x) / result.zoom).toBeCloseTo(centre.x);
      expect((height / 2 - result.y) / result.zoom).toBeCloseTo(centre.y);
    }
  });
});

describe('isFollowed', () => {
  it('is true only while someone else follows this browser', () => {
    const awareness = new Awareness(new Y.Doc());
    const other = awareness.clientID + 1;
    expect(isFollowed(awareness)).toBe(false);
    awareness.states.set(other, { following: other + 1 });
    expect(isFollowed(awareness)).toBe(false);
    awareness.states.set(other, { following: awareness.clientID });
    expect(isFollowed(awareness)).toBe(true);
    awareness.destroy();
  });
});
