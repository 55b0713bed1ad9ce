// The doc slice: a plain mirror of the map document, re-read after each change with unchanged entries kept by reference.
import type * as Y from 'yjs';
import { BPMN_EDGE_FIELD_KEYS, BPMN_NODE_FIELD_KEYS, readProcessMap } from '@prozesswerk/process-model';
import type { Lane, Point, Pool, ProcessEdge, ProcessMap, ProcessNode } from '@prozesswerk/process-model';

export type DocSlice = {
  nodes: Readonly<Record<string, ProcessNode>>;
  nodeIds: readonly string[];
  edges: Readonly<Record<string, ProcessEdge>>;
  edgeIds: readonly string[];
  lanes: readonly Lane[];
  /** Pools (BPMN participants) around lanes; empty for a map without. */
  pools: readonly Pool[];
};

export const emptyDocSlice: DocSlice = {
  nodes: {},
  nodeIds: [],
  edges: {},
  edgeIds: [],
  lanes: [],
  pools: [],
};

/*
 * Keeping an unchanged node's object identity is what lets React skip it: the canvas rebuilds only
 * the flow nodes whose source object changed, and memoised node components re-render only then.
 */
export function mirrorMap(previous: DocSlice, map: ProcessMap): DocSlice {
  const nodes = shareRecords(previous.nodes, map.nodes, nodeEqual);
  const edges = shareRecords(previous.edges, map.edges, edgeEqual);
  const lanes = sameList(previous.lanes, map.lanes, laneEqual) ? previous.lanes : map.lanes;
  const mapPools = map.pools ?? [];
  const pools = sameList(previous.pools, mapPools, poolEqual) ? previous.pools : mapPools;
  const nodeIds = sameIds(previous.nodeIds, map.nodes) ? previous.nodeIds : map.nodes.map((n) => n.id);
  const edgeIds = sameIds(previous.edgeIds, map.edges) ? previous.edgeIds : map.edges.map((e) => e.id);
  return {
    nodes: nodes ?? previous.nodes,
    edges: edges ?? previous.edges,
    nodeIds,
    edgeIds,
    lanes,
    pools,
  };
}

function poolEqual(a: Pool, b: Pool): boolean {
  return a.id === b.id && a.label === b.label && a.orientation === b.orientation;
}

/** Calls `onChange` with the new slice after every transaction that touched the map. */
export function observeDoc(doc: Y.Doc, get: () => DocSlice, onChange: (slice: DocSlice) => void): () => void {
  const handler = (transaction: Y.Transaction) => {
    if (transaction.changedParentTypes.size === 0) return;
    onChange(mirrorMap(get(), readProcessMap(doc)));
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}

// Returns undefined when nothing changed, so the caller keeps the old record object too.
function shareRecords<T extends { id: string }>(
  previous: Readonly<Record<string, T>>,
  items: readonly T[],
  equal: (a: T, b: T) => boolean,
): Record<string, T> | undefined {
  let changed = Object.keys(previous).length !== items.length;
  const next: Record<string, T> = {};
  for (const item of items) {
    const old = previous[item.id];
    if (old !== undefined && equal(old, item)) next[item.id] = old;
    else {
      next[item.id] = item;
      changed = true;
    }
  }
  return changed ? next : undefined;
}

function sameIds(previous: readonly string[], items: readonly { id: string }[]): boolean {
  return previous.length === items.length && items.every((item, i) => item.id === previous[i]);
}

function sameList<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, i) => equal(item, b[i]!));
}

function nodeEqual(a: ProcessNode, b: ProcessNode): boolean {
  return (
    a.kind === b.kind &&
    a.rawKind === b.rawKind &&
    a.label === b.label &&
    a.x === b.x &&
    a.y === b.y &&
    a.w === b.w &&
    a.h === b.h &&
    a.laneId === b.laneId &&
    shallowEqual(a.attrs, b.attrs) &&
    BPMN_NODE_FIELD_KEYS.every((key) => a[key] === b[key])
  );
}

function edgeEqual(a: ProcessEdge, b: ProcessEdge): boolean {
  return (
    a.kind === b.kind &&
    a.source === b.source &&
    a.target === b.target &&
    a.sourceHandle === b.sourceHandle &&
    a.targetHandle === b.targetHandle &&
    a.label === b.label &&
    sameRoute(a.waypoints, b.waypoints) &&
    // A condition or default mark set in the inspector changes the edge's start mark and maybe its label.
    BPMN_EDGE_FIELD_KEYS.every((key) => a[key] === b[key])
  );
}

// A tidy-up changes only routes; the edge must still re-render with its new one.
function sameRoute(a: readonly Point[] | undefined, b: readonly Point[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((point, i) => point.x === b[i]!.x && point.y === b[i]!.y);
}

function laneEqual(a: Lane, b: Lane): boolean {
  return (
    a.id === b.id && a.label === b.label && a.order === b.order && a.size === b.size && a.kind === b.kind
  );
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  return ka.length === Object.keys(b).length && ka.every((key) => a[key] === b[key]);
}
