// Bringing an imported map into an open board's doc: replace it, or add it beside what is there, as one change.
import type * as Y from 'yjs';
import {
  LOCAL_ORIGIN,
  addLane,
  addNode,
  addPool,
  applyProcessMap,
  connect,
  setNodeBpmn,
  nodeSize,
  readProcessMap,
  type LaneId,
  type NodeId,
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
    const nodes = new Map<string, NodeId>();
    for (const node of map.nodes) {
      const laneId = node.laneId === undefined ? undefined : lanes.get(node.laneId);
      const {
        id: _id,
        kind: _kind,
        rawKind: _raw,
        label: _label,
        x: _x,
        y: _y,
        w: _w,
        h: _h,
        laneId: _lane,
        attrs: _attrs,
        attachedTo: _host,
        parentId: _parent,
        ...bpmn
      } = node;
      const id = addNode(doc, {
        ...bpmn,
        kind: node.kind === 'unknown' ? 'activity' : node.kind,
        label: node.label,
        x: node.x + dx,
        y: node.y + dy,
        ...(node.w === undefined ? {} : { w: node.w }),
        ...(node.h === undefined ? {} : { h: node.h }),
        ...(laneId === undefined ? {} : { laneId }),
        attrs: node.attrs,
      });
      nodes.set(node.id, id);
    }
    // References between nodes once all exist: boundary events and the content of sub-processes.
    for (const node of map.nodes) {
      const id = nodes.get(node.id);
      const attachedTo = node.attachedTo === undefined ? undefined : nodes.get(node.attachedTo);
      const parentId = node.parentId === undefined ? undefined : nodes.get(node.parentId);
      if (id !== undefined && (attachedTo !== undefined || parentId !== undefined))
        setNodeBpmn(doc, id, { attachedTo, parentId });
    }
    for (const edge of map.edges) {
      const source = nodes.get(edge.source) ?? (pools.get(edge.source) as NodeId | undefined);
      const target = nodes.get(edge.target) ?? (pools.get(edge.target) as NodeId | undefined);
      if (!source || !target) continue;
      const { id: _id, source: _source, target: _target, waypoints, ...rest } = edge;
      // Routes move with the nodes; one to a pool does not fit the pool's new place and is left out.
      const moved = waypoints?.map((point) => ({ x: point.x + dx, y: point.y + dy }));
      const routed = moved && nodes.has(edge.source) && nodes.has(edge.target) ? { waypoints: moved } : {};
      connect(doc, { ...rest, ...routed, source, target });
    }
  }, LOCAL_ORIGIN);
}
