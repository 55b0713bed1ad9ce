// Where a new element from the palette goes: beside the selected or last added one, in free space, never on top.
import type { Size } from '@prozesswerk/process-model';
import type { Rect } from './geometry.ts';
import type { XY } from './store/presence.ts';

/** The space kept between a new element and the one it is placed beside (room for a connection and a label). */
export const PLACEMENT_GAP = 48;
/** The least space kept to every other element (event labels hang below their circle). */
const CLEARANCE = 24;
const RINGS = 12;

function overlaps(a: Rect, b: Rect, clearance: number): boolean {
  return (
    a.x < b.x + b.width + clearance &&
    b.x < a.x + a.width + clearance &&
    a.y < b.y + b.height + clearance &&
    b.y < a.y + a.height + clearance
  );
}

/** Grid offsets ring by ring around the first spot: to the right first, then below, above, and left last. */
function offsets(): [number, number][] {
  const all: [number, number][] = [];
  for (let i = -RINGS; i <= RINGS; i++) for (let j = -RINGS; j <= RINGS; j++) all.push([i, j]);
  const ring = ([i, j]: [number, number]) => Math.max(Math.abs(i), Math.abs(j));
  const side = ([i, j]: [number, number]) => (i < 0 ? 2 : 0) + (j < 0 ? 1 : 0);
  return all.sort(
    (a, b) =>
      ring(a) - ring(b) ||
      side(a) - side(b) ||
      Math.abs(a[1]) - Math.abs(b[1]) ||
      Math.abs(a[0]) - Math.abs(b[0]),
  );
}
const OFFSETS = offsets();

/**
 * The top-left corner for a new element of `size`: right of `anchor` (centred on it) when there is one, else
 * centred on `centre`; if that spot is taken, the nearest free spot on a grid of the element's own size.
 */
export function freeSpotBeside(size: Size, anchor: Rect | undefined, centre: XY, taken: readonly Rect[]): XY {
  const first = anchor
    ? { x: anchor.x + anchor.width + PLACEMENT_GAP, y: anchor.y + anchor.height / 2 - size.height / 2 }
    : { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
  const stepX = size.width + PLACEMENT_GAP;
  const stepY = size.height + PLACEMENT_GAP;
  for (const [i, j] of OFFSETS) {
    const spot = { x: Math.round(first.x + i * stepX), y: Math.round(first.y + j * stepY) };
    const rect = { ...spot, ...size };
    if (!taken.some((other) => overlaps(rect, other, CLEARANCE))) return spot;
  }
  // A crowded neighbourhood: below everything there is always room.
  const bottom = Math.max(...taken.map((other) => other.y + other.height));
  return { x: Math.round(first.x), y: Math.round(bottom + PLACEMENT_GAP) };
}
