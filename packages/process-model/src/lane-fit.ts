// Lanes grow to contain the steps moved into them; the lanes after a grown lane make room.
import * as Y from 'yjs';
import { getLanes, getNodes } from './doc.ts';
import { nodeSize } from './geometry.ts';
import type { LaneId, NodeId } from './ids.ts';
import { laneBoxes } from './lane-boxes.ts';
import type { LaneBox } from './lane-boxes.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { readProcessMap } from './read.ts';
import type { Lane, Pool, ProcessNode } from './schema.ts';

/** Space kept between a step and its lane's edges. */
export const LANE_PADDING = 16;

export interface LaneFit {
  /** New sizes of the lanes that grow (height of a band, width of a vertical pool's column). */
  sizes: Map<LaneId, number>;
  /** New top-left corners of steps pushed back inside their lane or shifted with a lane that made room. */
  positions: Map<NodeId, { x: number; y: number }>;
}

/*
 * A moved step past a lane's far edge (bottom of a band, right of a column) makes the lane grow; one
 * past its near edge (top, or left of a column) is pushed back inside, as a lane cannot grow towards
 * the lanes before it. Steps of the bands below a grown band, and of the columns right of a grown
 * column, shift by as much, so they stay in their lanes. Only the moved steps are checked: a move
 * never rearranges lanes the person did not touch.
 */
export function fitLanesToNodes(
  map: { lanes: readonly Lane[]; nodes: readonly ProcessNode[]; pools?: readonly Pool[] | undefined },
  moved: Iterable<string>,
): LaneFit {
  const boxes = laneBoxes(map);
  const boxOf = new Map<string, LaneBox>(boxes.map((box) => [box.lane.id, box]));
  const byId = new Map<string, ProcessNode>(map.nodes.map((node) => [node.id, node]));
  const positions = new Map<NodeId, { x: number; y: number }>();
  const growth = new Map<string, number>();

  for (const id of moved) {
    const node = byId.get(id);
    const box = node?.laneId === undefined ? undefined : boxOf.get(node.laneId);
    if (!node || !box) continue;
    const size = nodeSize(node);
    const x = box.orientation === 'vertical' ? Math.max(node.x, box.x + LANE_PADDING) : node.x;
    const y = Math.max(node.y, box.y + LANE_PADDING);
    if (x !== node.x || y !== node.y) positions.set(node.id, { x, y });
    const overflow =
      box.orientation === 'vertical'
        ? x + size.width + LANE_PADDING - (box.x + box.width)
        : y + size.height + LANE_PADDING - (box.y + box.height);
    if (overflow > 0) growth.set(box.lane.id, Math.max(growth.get(box.lane.id) ?? 0, Math.ceil(overflow)));
  }

  const sizes = new Map<LaneId, number>();
  for (const [laneId, grow] of growth) sizes.set(laneId as LaneId, boxOf.get(laneId)!.lane.size + grow);

  // How far each lane's steps move: the growth of every band above it, of every column left of it.
  const shiftOf = new Map<string, { dx: number; dy: number }>();
  let dy = 0;
  const bands = boxes.filter((box) => box.orientation === 'horizontal');
  for (const box of bands) {
    shiftOf.set(box.lane.id, { dx: 0, dy });
    dy += growth.get(box.lane.id) ?? 0;
  }
  let dx = 0;
  for (const box of boxes.filter((entry) => entry.orientation === 'vertical')) {
    shiftOf.set(box.lane.id, { dx, dy });
    dx += growth.get(box.lane.id) ?? 0;
  }
  for (const node of map.nodes) {
    const shift = node.laneId === undefined ? undefined : shiftOf.get(node.laneId);
    if (!shift || (shift.dx === 0 && shift.dy === 0)) continue;
    const at = positions.get(node.id) ?? { x: node.x, y: node.y };
    positions.set(node.id, { x: at.x + shift.dx, y: at.y + shift.dy });
  }
  return { sizes, positions };
}

/**
 * Makes the lanes of the given (just moved) steps contain them, in the caller's transaction when
 * there is one, so the move and the growth are one change and one undo step.
 */
export function fitLanes(doc: Y.Doc, moved: Iterable<string>, origin: unknown = LOCAL_ORIGIN): void {
  const fit = fitLanesToNodes(readProcessMap(doc), moved);
  if (fit.sizes.size === 0 && fit.positions.size === 0) return;
  doc.transact(() => {
    const lanes = getLanes(doc);
    const nodes = getNodes(doc);
    for (const [id, size] of fit.sizes) {
      const lane = lanes.get(id);
      if (lane instanceof Y.Map) lane.set('size', size);
    }
    for (const [id, at] of fit.positions) {
      const node = nodes.get(id);
      if (!(node instanceof Y.Map)) continue;
      if (node.get('x') !== at.x) node.set('x', at.x);
      if (node.get('y') !== at.y) node.set('y', at.y);
    }
  }, origin);
}
