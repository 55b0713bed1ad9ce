// Whether a connection's stored route (its waypoints) still fits its two nodes, so it can be drawn as stored.
import type { Box } from './geometry.ts';
import type { Point } from './schema.ts';

/*
 * How far (px) a route's end may lie from its node's outline. Other tools dock connections on a
 * circle's or diamond's outline, a few pixels inside the bounding box, and an import may grow a
 * small shape around its centre; a move of the node by more than this makes the route stale.
 */
export const ROUTE_TOLERANCE = 8;

/*
 * The rule that decides whether a stored route is drawn. When a person moves a node, the board
 * also drops the routes of its connections in the same transaction (forgetRoutes), but that alone
 * is not enough: a transaction can only delete the route it has seen, not one a peer's tidy-up
 * wrote at the same moment; lanes that grow push nodes below them down; a restore, a resize, a
 * live drag preview move nodes without it. Checking where the ends are, at the time of drawing,
 * holds after all of them, and needs nothing stored beside the points.
 */
export function routeFits(
  points: readonly Point[] | undefined,
  source: Box,
  target: Box,
  tolerance = ROUTE_TOLERANCE,
): points is readonly Point[] {
  if (points === undefined || points.length < 2) return false;
  const first = points[0] as Point;
  const last = points[points.length - 1] as Point;
  return touchesBoundary(first, source, tolerance) && touchesBoundary(last, target, tolerance);
}

/** The point lies on the box's outline, or within `tolerance` of it (inside or outside). */
export function touchesBoundary(point: Point, box: Box, tolerance = ROUTE_TOLERANCE): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const outsideX = Math.max(box.x - point.x, 0, point.x - right);
  const outsideY = Math.max(box.y - point.y, 0, point.y - bottom);
  if (outsideX > 0 || outsideY > 0) return Math.hypot(outsideX, outsideY) <= tolerance;
  const depth = Math.min(point.x - box.x, right - point.x, point.y - box.y, bottom - point.y);
  return depth <= tolerance;
}
