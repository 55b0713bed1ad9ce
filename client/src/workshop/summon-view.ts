// The arithmetic of a summon: what the facilitator sees of the map, and the viewport that shows it to someone else.
import type { Viewport } from '@xyflow/react';
import type { FlowArea } from '@prozesswerk/process-model';
import type { Rect } from '../board/geometry.ts';

/** The part of the map (flow coordinates) under `area`, a rectangle of the canvas in screen pixels from its top-left. */
export function flowAreaOf(viewport: Viewport, area: Rect): FlowArea {
  return {
    x: (area.x - viewport.x) / viewport.zoom,
    y: (area.y - viewport.y) / viewport.zoom,
    width: area.width / viewport.zoom,
    height: area.height / viewport.zoom,
  };
}

/*
 * The viewport that puts the middle of `shown` in the middle of `area` (the summoned person's visible
 * canvas) at `zoom`, or zoomed out as far as needed for all of `shown` to fit, so a smaller window or
 * an open drawer still shows everything the facilitator saw.
 */
export function viewportShowing(shown: FlowArea, zoom: number, area: Rect): Viewport {
  const fits = Math.min(area.width / shown.width, area.height / shown.height);
  // Equal areas give back the same zoom, not one rounded a hair below it.
  const scale = fits < zoom * 0.999 ? fits : zoom;
  const centreX = shown.x + shown.width / 2;
  const centreY = shown.y + shown.height / 2;
  return {
    x: area.x + area.width / 2 - centreX * scale,
    y: area.y + area.height / 2 - centreY * scale,
    zoom: scale,
  };
}
