// Bringing an imported map into an open board's doc: replace it, or add it beside what is there, as one change.
import type * as Y from 'yjs';
import {
  LOCAL_ORIGIN,
  addLane,
  addNodeCopies,
  addPool,
  applyProcessMap,
  nodeSize,
  readProcessMap,
  type LaneId,
  type PoolId,
  type ProcessMap,
} from '@prozesswerk/process-model';

// Space between the existing map and what is added next to it.
const GAP = 120;

export type Offset = { dx: number; dy: number };

/*
 * Lanes are bands stacked by order from y = 0, so added lanes go below the existing ones and
 * their nodes move down by the existing lanes' height. Where that would put added nodes beside
 * existing ones without lanes (which may sit anywhere), the addition goes to the right instead.
 */
export function additionOffset(current: ProcessMap, imported: ProcessMap): Offset {
  const lanesHeight = current.lanes.reduce((sum, lane) => sum + lane.size, 0);
  if (current.nodes.length === 0) return { dx: 0, dy: lanesHeight };
  const bothLaned = current.lanes.length > 0 && imported.lanes.length > 0;
  const looseBelowLanes = current.nodes.some(
    (node) => node.laneId === undefined && node.y + nodeSize(node).height > lanesHeight,
  );
  if (bothLaned && !looseBelowLanes) return { dx: 0, dy: lanesHeight };
  const right = Math.max(...current.nodes.map((node) => node.x + nodeSize(node).width));
  const left = Math.min(0, ...imported.nodes.map((node) => node.x));
  return { dx: Math.round(right + GAP - left), dy: lanesHeight };
}

/** The doc holds exactly `map` afterwards; one transaction with the local origin, so one undo step. */
export function replaceWithMap(doc: Y.Doc, map: ProcessMap): void {
  applyProcessMap(doc, map, LOCAL_ORIGIN);
}

/** Adds `map`'s pools, lanes, nodes and edges under new ids, so adding the same file twice gives two copies. */
export function addMap(doc: Y.Doc, map: ProcessMap): void {
  const { dx, dy } = additionOffset(readProcessMap(doc), map);
  doc.transact(() => {
    const pools = new Map<string, PoolId>();
    for (const pool of map.pools ?? []) {
      pools.set(pool.id, addPool(doc, { label: pool.label, orientation: pool.orientation }));
    }
    const lanes = new Map<string, LaneId>();
    for (const lane of map.lanes) {
      const poolId = lane.poolId === undefined ? undefined : pools.get(lane.poolId);
      const fields = { label: lane.label, kind: lane.kind, size: lane.size };
      lanes.set(lane.id, addLane(doc, poolId === undefined ? fields : { ...fields, poolId }));
    }
    addNodeCopies(doc, map, {
      dx,
      dy,
      laneOf: (node) => (node.laneId === undefined ? undefined : lanes.get(node.laneId)),
      pools,
    });
  }, LOCAL_ORIGIN);
}
