// The board's own geometry on top of the shared one: lane hit-testing, lane resizing limits and map bounds.
import { LANE_LEFT, laneBands, lanesWidth, nodeSize } from '@prozesswerk/process-model';
import type { Lane, LaneBox, ProcessNode, Size } from '@prozesswerk/process-model';
import type { XY } from './store/presence.ts';

export const LANE_MIN_SIZE = 80;

/*
 * The lane under the point, or undefined outside all lanes (or left of the lanes): a band when the
 * point's y is in it, a vertical pool's column when the point is between its sides and below its top
 * (columns reach as far down as their steps, so a step dragged downwards stays in its column).
 */
export function laneAt(boxes: readonly LaneBox[], point: XY): Lane | undefined {
  if (point.x < LANE_LEFT) return undefined;
  return boxes.find((box) =>
    box.orientation === 'vertical'
      ? point.x >= box.x && point.x < box.x + box.width && point.y >= box.y
      : point.y >= box.y && point.y < box.y + box.height,
  )?.lane;
}

export function centreOf(position: XY, size: Size): XY {
  return { x: position.x + size.width / 2, y: position.y + size.height / 2 };
}

export type Rect = { x: number; y: number; width: number; height: number };

/** Everything on the map, lanes included; an empty map gives a small area around the origin. */
export function mapBounds(nodes: Readonly<Record<string, ProcessNode>>, lanes: readonly Lane[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of Object.values(nodes)) {
    const size = nodeSize(node);
    minX = Math.min(minX, node.x);
    minY = Math.min(minY, node.y);
    maxX = Math.max(maxX, node.x + size.width);
    maxY = Math.max(maxY, node.y + size.height);
  }
  if (lanes.length > 0) {
    const bands = laneBands(lanes);
    const last = bands[bands.length - 1]!;
    minX = Math.min(minX, LANE_LEFT);
    minY = Math.min(minY, 0);
    maxX = Math.max(maxX, LANE_LEFT + lanesWidth(Object.values(nodes)));
    maxY = Math.max(maxY, last.top + last.height);
  }
  if (!Number.isFinite(minX)) return { x: -400, y: -300, width: 800, height: 600 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
