// Node sizes and lane geometry as the board draws them, so exported diagrams look like the canvas.
import type { Lane, ProcessNode, ReadNodeKind } from '@prozesswerk/process-model';

export interface Size {
  width: number;
  height: number;
}

export interface Box extends Size {
  x: number;
  y: number;
}

// Mirrors client/src/board/geometry.ts (the client cannot be imported from a package).
export const NODE_SIZES: Readonly<Record<ReadNodeKind, Size>> = {
  start: { width: 44, height: 44 },
  end: { width: 44, height: 44 },
  activity: { width: 176, height: 68 },
  decision: { width: 56, height: 56 },
  parallel: { width: 56, height: 56 },
  document: { width: 150, height: 72 },
  note: { width: 160, height: 110 },
  unknown: { width: 160, height: 60 },
};

// Lanes start at x = LANE_LEFT and y = 0 and are stacked by order, as on the board.
export const LANE_LEFT = -200;
export const LANE_HEADER_WIDTH = 168;
export const LANE_MIN_WIDTH = 1200;
export const POOL_HEADER_WIDTH = 30;

/*
 * In BPMN a lane's name sits in a 30 px band at its left edge, and the pool's in another 30 px
 * band left of that; the board has one 168 px lane header. So a BPMN lane's left edge maps to
 * 30 px left of where the board's header ends, and nodes in the lane stay clear of both headers.
 */
export const BPMN_LANE_LEFT = LANE_LEFT + LANE_HEADER_WIDTH - POOL_HEADER_WIDTH;

export function nodeBox(node: Pick<ProcessNode, 'kind' | 'x' | 'y' | 'w' | 'h'>): Box {
  const base = NODE_SIZES[node.kind];
  return { x: node.x, y: node.y, width: node.w ?? base.width, height: node.h ?? base.height };
}

export function laneTops(lanes: readonly Lane[]): Map<string, number> {
  const tops = new Map<string, number>();
  let top = 0;
  for (const lane of sortLanes(lanes)) {
    tops.set(lane.id, top);
    top += lane.size;
  }
  return tops;
}

export function lanesWidth(nodes: readonly ProcessNode[]): number {
  const right = Math.max(0, ...nodes.map((node) => node.x + nodeBox(node).width));
  return Math.max(LANE_MIN_WIDTH, right + 100 - LANE_LEFT);
}

export function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

// The board's lane order: by order, then by id in plain code-unit order (as readProcessMap sorts).
export function sortLanes<T extends Pick<Lane, 'id' | 'order'>>(lanes: readonly T[]): T[] {
  return [...lanes].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
