// BPMN's lane and pool headers laid over the board's geometry, so exported diagrams look like the canvas.
import { LANE_HEADER_WIDTH, LANE_LEFT, laneBands, nodeSize, sortLanes } from '@prozesswerk/process-model';
import type { Lane, ProcessNode, Size } from '@prozesswerk/process-model';

export interface Box extends Size {
  x: number;
  y: number;
}

export const POOL_HEADER_WIDTH = 30;

/*
 * In BPMN a lane's name sits in a 30 px band at its left edge, and the pool's in another 30 px
 * band left of that; the board has one 168 px lane header. So a BPMN lane's left edge maps to
 * 30 px left of where the board's header ends, and nodes in the lane stay clear of both headers.
 */
export const BPMN_LANE_LEFT = LANE_LEFT + LANE_HEADER_WIDTH - POOL_HEADER_WIDTH;

export function nodeBox(node: Pick<ProcessNode, 'kind' | 'x' | 'y' | 'w' | 'h'>): Box {
  return { x: node.x, y: node.y, ...nodeSize(node) };
}

export function laneTops(lanes: readonly Lane[]): Map<string, number> {
  return new Map(laneBands(sortLanes(lanes)).map(({ lane, top }) => [lane.id, top]));
}

export function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
