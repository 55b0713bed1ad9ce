// Tests for the arithmetic of a summon.
import { describe, expect, it } from 'vitest';
import { flowAreaOf, viewportShowing } from './summon-view.ts';

// The flow point shown in the middle of `area` under `viewport`.
function middleOf(
  viewport: { x: number; y: number; zoom: number },
  area: { x: number; y: number; width: number; height: number },
) {
  return {
    x: (area.x + area.width / 2 - viewport.x) / viewport.zoom,
    y: (area.y + area.height / 2 - viewport.y) / viewport.zoom,
  };
}

describe('a summon', () => {
  const facilitator = { x: -300, y: 120, zoom: 1.25 };
  // Her comments drawer covers the right 80 px of her canvas.
  const herArea = { x: 0, y: 0, width: 920, height: 640 };
  const shown = flowAreaOf(facilitator, herArea);

  it('reads what the facilitator sees of the map in flow coordinates', () => {
    expect(shown).toEqual({ x: 240, y: -96, width: 736, height: 512 });
  });

  it('puts the middle of it in the middle of a larger visible canvas, at her zoom', () => {
    const area = { x: 0, y: 0, width: 1400, height: 800 };
    const viewport = viewportShowing(shown, facilitator.zoom, area);
    expect(viewport.zoom).toBe(1.25);
    expect(middleOf(viewport, area)).toEqual(middleOf(facilitator, herArea));
  });

  it('centres on the uncovered part of the canvas, not the whole pane', () => {
    // Someone without the facilitator's bar has a taller canvas and a drawer open on the right.
    const area = { x: 0, y: 0, width: 1000, height: 700 };
    const viewport = viewportShowing(shown, facilitator.zoom, area);
    expect(middleOf(viewport, area)).toEqual({ x: 608, y: 160 });
    expect(middleOf(viewport, { x: 0, y: 0, width: 1080, height: 700 })).not.toEqual({ x: 608, y: 160 });
  });

  it('zooms out just enough to show all of it in a smaller canvas', () => {
    const area = { x: 20, y: 40, width: 460, height: 600 };
    const viewport = viewportShowing(shown, facilitator.zoom, area);
    expect(viewport.zoom).toBeCloseTo(0.625);
    expect(middleOf(viewport, area).x).toBeCloseTo(608);
    expect(middleOf(viewport, area).y).toBeCloseTo(160);
  });

  it('gives back exactly her viewport for the same canvas', () => {
    expect(viewportShowing(shown, facilitator.zoom, herArea)).toEqual(facilitator);
  });
});
