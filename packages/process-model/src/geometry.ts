// Node sizes and swimlane geometry as the board draws them: lanes are bands stacked by order from y = 0.
import type { Lane, ProcessNode, ReadNodeKind } from './schema.ts';

export type Size = { width: number; height: number };

export const NODE_SIZES: Readonly<Record<ReadNodeKind, Size>> = {
  start: { width: 44, height: 44 },
  end: { width: 44, height: 44 },
  activity: { width: 176, height: 68 },
  decision: { width: 56, height: 56 },
  parallel: { width: 56, height: 56 },
  document: { width: 150, height: 72 },
  note: { width: 160, height: 110 },
  intermediate: { width: 44, height: 44 },
  inclusive: { width: 56, height: 56 },
  eventBased: { width: 56, height: 56 },
  complex: { width: 56, height: 56 },
  dataStore: { width: 64, height: 60 },
  dataInput: { width: 150, height: 72 },
  dataOutput: { width: 150, height: 72 },
  group: { width: 320, height: 200 },
  unknown: { width: 160, height: 60 },
};

export const LANE_LEFT = -200;
export const LANE_HEADER_WIDTH = 168;
export const LANE_MIN_WIDTH = 1200;

/** The node's own w/h where set, else its kind's default size. */
export function nodeSize(node: Pick<ProcessNode, 'kind' | 'w' | 'h'>): Size {
  const base = NODE_SIZES[node.kind];
  return { width: node.w ?? base.width, height: node.h ?? base.height };
}

/** Lanes reach 100 px past the rightmost node, and are never narrower than LANE_MIN_WIDTH. */
export function lanesWidth(nodes: Iterable<Pick<ProcessNode, 'kind' | 'x' | 'w' | 'h'>>): number {
  let right = 0;
  for (const node of nodes) right = Math.max(right, node.x + nodeSize(node).width);
  return Math.max(LANE_MIN_WIDTH, right + 100 - LANE_LEFT);
}

export type LaneBand<L extends Pick<Lane, 'size'> = Lane> = {
  lane: L;
  top: number;
  height: number;
  index: number;
};

/** Bands in the order given (callers sort), each starting where the one before ends. */
export function laneBands<L extends Pick<Lane, 'size'>>(lanes: readonly L[]): LaneBand<L>[] {
  let top = 0;
  return lanes.map((lane, index) => {
    const band = { lane, top, height: lane.size, index };
    top += lane.size;
    return band;
  });
}

export type Box = { x: number; y: number; width: number; height: number };
export type Side = 'top' | 'right' | 'bottom' | 'left';
export const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];

export function isSide(value: string | null | undefined): value is Side {
  return SIDES.includes(value as Side);
}

/**
 * The sides a connection without stored handles uses: it leaves its source on the side facing the target and
 * enters the target on the side facing back, mostly sideways in a left-to-right process.
 */
export function facingSides(source: Box, target: Box): [Side, Side] {
  const dx = target.x + target.width / 2 - (source.x + source.width / 2);
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? ['right', 'left'] : ['left', 'right'];
  return dy >= 0 ? ['bottom', 'top'] : ['top', 'bottom'];
}

/** The middle of one side of a box, where a connection attaches. */
export function sideAnchor(box: Box, side: Side): { x: number; y: number } {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  if (side === 'top') return { x: cx, y: box.y };
  if (side === 'bottom') return { x: cx, y: box.y + box.height };
  if (side === 'left') return { x: box.x, y: cy };
  return { x: box.x + box.width, y: cy };
}
