// SVG path of a stored connection route (tidy-up or BPMN waypoints): straight runs, small rounded corners, label in the middle.
import { routeFits, type Box, type Point } from '@prozesswerk/process-model';

export const ROUTE_CORNER_RADIUS = 8;

export type RoutePath = { path: string; labelX: number; labelY: number };

/** The stored route's path while both its ends still touch their nodes; undefined once a node moved away. */
export function storedRoutePath(
  waypoints: readonly Point[] | undefined,
  source: Box | undefined,
  target: Box | undefined,
): RoutePath | undefined {
  if (!source || !target || !routeFits(waypoints, source, target)) return undefined;
  return routePath(waypoints);
}

/*
 * Each corner is cut by at most `radius`, and by at most half of each run next to it, so two
 * corners close together never overlap; a quadratic curve through the corner rounds any angle, so
 * a diagonal route from another tool is drawn as well as an orthogonal one.
 */
export function routePath(points: readonly Point[], radius = ROUTE_CORNER_RADIUS): RoutePath {
  const [first] = points;
  if (first === undefined) return { path: '', labelX: 0, labelY: 0 };
  const parts = [`M ${first.x} ${first.y}`];
  for (let i = 1; i < points.length - 1; i += 1) {
    const before = points[i - 1]!;
    const corner = points[i]!;
    const after = points[i + 1]!;
    const cut = Math.min(radius, distance(before, corner) / 2, distance(corner, after) / 2);
    const enter = towards(corner, before, cut);
    const leave = towards(corner, after, cut);
    parts.push(`L ${enter.x} ${enter.y}`, `Q ${corner.x} ${corner.y} ${leave.x} ${leave.y}`);
  }
  const last = points[points.length - 1]!;
  if (points.length > 1) parts.push(`L ${last.x} ${last.y}`);
  const middle = pointAlong(points, 0.5);
  return { path: parts.join(' '), labelX: middle.x, labelY: middle.y };
}

/** The point at `share` (0…1) of the route's length. */
export function pointAlong(points: readonly Point[], share: number): Point {
  const lengths = points.slice(1).map((point, i) => distance(points[i]!, point));
  let left = lengths.reduce((sum, length) => sum + length, 0) * share;
  for (const [i, length] of lengths.entries()) {
    if (left <= length && length > 0) return towards(points[i]!, points[i + 1]!, left);
    left -= length;
  }
  return points[points.length - 1] ?? { x: 0, y: 0 };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

// The point `length` away from `from` on the way to `to`.
function towards(from: Point, to: Point, length: number): Point {
  const total = distance(from, to);
  if (total === 0) return { x: from.x, y: from.y };
  const share = length / total;
  return { x: round(from.x + (to.x - from.x) * share), y: round(from.y + (to.y - from.y) * share) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
