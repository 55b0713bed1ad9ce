// The part of the canvas a person actually sees: the pane without the drawers and bars laid over it.
import type { Rect } from './geometry.ts';

/** Elements that lie over the canvas: the drawers on the right, and anything a feature marks as covering it. */
export const CANVAS_COVER_SELECTOR = '.drawer, [data-canvas-cover]';

/*
 * Cuts each cover off the side it lies on: one at least half as tall as what is left is a strip at the
 * left or right (a drawer), one at least half as wide a strip at the top or bottom (a bar); smaller
 * things floating over the map (a toast, a badge) leave the area as it is. Never cuts the area away.
 */
export function uncoveredArea(canvas: Rect, covers: readonly Rect[]): Rect {
  let left = canvas.x;
  let top = canvas.y;
  let right = canvas.x + canvas.width;
  let bottom = canvas.y + canvas.height;
  for (const cover of covers) {
    const l = Math.max(left, cover.x);
    const t = Math.max(top, cover.y);
    const r = Math.min(right, cover.x + cover.width);
    const b = Math.min(bottom, cover.y + cover.height);
    if (r <= l || b <= t) continue;
    if (b - t >= (bottom - top) / 2) {
      if ((l + r) / 2 > (left + right) / 2) right = l;
      else left = r;
    } else if (r - l >= (right - left) / 2) {
      if ((t + b) / 2 > (top + bottom) / 2) bottom = t;
      else top = b;
    }
    if (right - left < 1 || bottom - top < 1) return canvas;
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The visible part of the canvas element, relative to its own top-left corner (as React Flow's viewport is). */
export function visibleCanvasArea(canvas: Element): Rect {
  const box = canvas.getBoundingClientRect();
  const covers = [...document.querySelectorAll(CANVAS_COVER_SELECTOR)].map((cover) =>
    cover.getBoundingClientRect(),
  );
  const area = uncoveredArea({ x: box.x, y: box.y, width: box.width, height: box.height }, covers);
  return { x: area.x - box.x, y: area.y - box.y, width: area.width, height: area.height };
}
