// Where each lane and pool lies on the board: horizontal lanes are bands from y = 0, lanes of vertical pools columns below.
import { LANE_LEFT, laneBands, lanesWidth, nodeSize } from './geometry.ts';
import type { Box } from './geometry.ts';
import { sortLanes } from './lane-order.ts';
import type { Lane, Pool, ProcessMap } from './schema.ts';
import type { PoolOrientation } from './schema-bpmn.ts';

/** BPMN's band for a pool's name: left of a horizontal pool's lanes, above a vertical pool's. */
export const POOL_HEADER_SIZE = 30;
/** Space between the horizontal bands and the vertical pools below them. */
export const VERTICAL_POOLS_GAP = 60;
export const VERTICAL_LANE_MIN_HEIGHT = 600;

export interface LaneBox extends Box {
  lane: Lane;
  orientation: PoolOrientation;
}

export interface PoolBox extends Box {
  pool: Pool;
}

type MapGeometry = {
  lanes: readonly Lane[];
  nodes: readonly ProcessMap['nodes'][number][];
  pools?: readonly Pool[] | undefined;
};

/** The y where the columns of vertical pools start (their lane headers included). */
export function verticalTop(horizontalHeight: number): number {
  return horizontalHeight + (horizontalHeight > 0 ? VERTICAL_POOLS_GAP : 0) + POOL_HEADER_SIZE;
}

/*
 * Lanes of horizontal pools and lanes without pool are the board's bands: stacked by order from
 * y = 0, from LANE_LEFT as wide as `lanesWidth`. Lanes of vertical pools are columns side by side
 * from LANE_LEFT, below the bands (after a gap and the pool header), their `size` their width, all
 * as tall as the lowest node in them needs.
 */
export function laneBoxes(map: MapGeometry): LaneBox[] {
  const vertical = new Set((map.pools ?? []).filter((p) => p.orientation === 'vertical').map((p) => p.id));
  const isVertical = (lane: Lane) => lane.poolId !== undefined && vertical.has(lane.poolId);
  const lanes = sortLanes(map.lanes);
  const bands = laneBands(lanes.filter((lane) => !isVertical(lane)));
  const width = lanesWidth(map.nodes);
  const boxes: LaneBox[] = bands.map(({ lane, top, height }) => ({
    lane,
    orientation: 'horizontal',
    x: LANE_LEFT,
    y: top,
    width,
    height,
  }));
  const columns = lanes.filter(isVertical);
  if (columns.length === 0) return boxes;
  const horizontalHeight = bands.reduce((sum, band) => sum + band.height, 0);
  const top = verticalTop(horizontalHeight);
  const columnIds = new Set<string>(columns.map((lane) => lane.id));
  let bottom = top + VERTICAL_LANE_MIN_HEIGHT;
  for (const node of map.nodes) {
    if (node.laneId !== undefined && columnIds.has(node.laneId))
      bottom = Math.max(bottom, node.y + nodeSize(node).height + 100);
  }
  let left = LANE_LEFT;
  for (const lane of columns) {
    boxes.push({ lane, orientation: 'vertical', x: left, y: top, width: lane.size, height: bottom - top });
    left += lane.size;
  }
  return boxes;
}

/** Each pool around its lanes, with its header; pools whose lanes are gone are left out. */
export function poolBoxes(map: MapGeometry, lanes: readonly LaneBox[] = laneBoxes(map)): PoolBox[] {
  const result: PoolBox[] = [];
  for (const pool of map.pools ?? []) {
    const own = lanes.filter((box) => box.lane.poolId === pool.id);
    if (own.length === 0) continue;
    const x = Math.min(...own.map((box) => box.x));
    const y = Math.min(...own.map((box) => box.y));
    const right = Math.max(...own.map((box) => box.x + box.width));
    const bottom = Math.max(...own.map((box) => box.y + box.height));
    const header =
      pool.orientation === 'vertical' ? { dx: 0, dy: POOL_HEADER_SIZE } : { dx: POOL_HEADER_SIZE, dy: 0 };
    result.push({
      pool,
      x: x - header.dx,
      y: y - header.dy,
      width: right - x + header.dx,
      height: bottom - y + header.dy,
    });
  }
  return result;
}
