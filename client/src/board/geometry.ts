// Sizes of node kinds and the geometry of swimlanes: horizontal bands stacked by order, starting at y = 0.
import type { Lane, ProcessNode, ReadNodeKind } from '@prozesswerk/process-model';
import type { XY } from './store/presence.ts';

export type Size = { width: number; height: number };

export const NODE_SIZES: Record<ReadNodeKind, Size> = {
  start: { width: 44, height: 44 },
  end: { width: 44, height: 44 },
  activity: { width: 176, height: 68 },
  decision: { width: 56, height: 56 },
  parallel: { width: 56, height: 56 },
  document: { width: 150, height: 72 },
  note: { width: 160, height: 110 },
  unknown: { width: 160, height: 60 },
};

export function nodeSize(node: Pick<ProcessNode, 'kind' | 'w' | 'h'>): Size {
  const base = NODE_SIZES[node.kind];
  return { width: node.w ?? base.width, height: node.h ?? base.height };
}

export const LANE_LEFT = -200;
export const LANE_HEADER_WIDTH = 168;
export const LANE_MIN_WIDTH = 1200;
export const LANE_MIN_SIZE = 80;

export type LaneBand = { lane: Lane; top: number; height: number; index: number };

export function laneBands(lanes: readonly Lane[]): LaneBand[] {
  let top = 0;
  return lanes.map((lane, index) => {
    const band = { lane, top, height: lane.size, index };
    top += lane.size;
    return band;
  });
}

/** The lane whose band contains the point's y, or undefined outside all lanes (or left of the lanes). */
export function laneAt(bands: readonly LaneBand[], point: XY): Lane | undefined {
  if (point.x < LANE_LEFT) return undefined;
  return bands.find((band) => point.y >= band.top && point.y < band.top + band.height)?.lane;
}

export function lanesWidth(nodes: Readonly<Record<string, ProcessNode>>): number {
  let right = 0;
  for (const node of Object.values(nodes)) right = Math.max(right, node.x + nodeSize(node).width);
  return Math.max(LANE_MIN_WIDTH, right + 100 - LANE_LEFT);
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
    maxX = Math.max(maxX, LANE_LEFT + lanesWidth(nodes));
    maxY = Math.max(maxY, last.top + last.height);
  }
  if (!Number.isFinite(minX)) return { x: -400, y: -300, width: 800, height: 600 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
