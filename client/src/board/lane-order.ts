// Where a lane stands among its neighbours: bands are ordered top to bottom, columns of vertical pools left to right.
import type { Lane, Pool } from '@prozesswerk/process-model';

export type LanePlace = { vertical: boolean; index: number; count: number };

export function isColumn(lane: Lane, pools: readonly Pool[]): boolean {
  return pools.some((pool) => pool.id === lane.poolId && pool.orientation === 'vertical');
}

/** `lanes` in their order (the board's state keeps them sorted); a lane not found gets index -1. */
export function lanePlace(lanes: readonly Lane[], pools: readonly Pool[], id: string): LanePlace {
  const lane = lanes.find((entry) => entry.id === id);
  const vertical = lane !== undefined && isColumn(lane, pools);
  const same = lanes.filter((entry) => isColumn(entry, pools) === vertical);
  return { vertical, index: same.findIndex((entry) => entry.id === id), count: same.length };
}
