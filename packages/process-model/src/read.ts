// Reads the Y.Doc into a plain, sorted ProcessMap, tolerating anything a concurrent or foreign edit left.
import * as Y from 'yjs';
import { getEdges, getLanes, getNodes, getPools } from './doc.ts';
import { asEdgeId, asLaneId, asNodeId, asPoolId, compareIds } from './ids.ts';
import { byLaneOrder } from './lane-order.ts';
import { pick } from './pick.ts';
import { readEdgeBpmn, readNodeBpmn, settleNodeReferences } from './read-bpmn.ts';
import {
  ATTR_KEYS,
  DEFAULT_LANE_SIZE,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  NODE_KINDS,
  SCHEMA_VERSION,
} from './schema.ts';
import type {
  ActivityAttrs,
  Lane,
  Pool,
  ProcessEdge,
  ProcessMap,
  ProcessNode,
  ReadNodeKind,
} from './schema.ts';
import {
  attrFieldSchemas,
  coordinateSchema,
  dimensionSchema,
  edgeKindSchema,
  handleSchema,
  laneKindSchema,
  poolOrientationSchema,
  waypointsSchema,
} from './validate.ts';

/*
 * Never throws, and the result always passes `validateProcessMap`: entries that are not Y.Maps or
 * whose key is not a valid id are skipped, bad fields fall back (coordinates to 0, unknown edge
 * kind to 'sequence', unknown lane kind to 'role', over-long labels are cut), a laneId to a missing
 * lane or pool is dropped, and edges whose source or target node is missing (dangling) are left
 * out (a message edge may end at a pool). References between nodes are settled by read-bpmn.ts.
 * `schemaVersion` is the version of the shape returned, not the version stored in the doc;
 * `pools` is present only when the map has pools.
 */
export function readProcessMap(doc: Y.Doc): ProcessMap {
  const pools = readEntries(getPools(doc), readPool).sort(byId);
  const poolIds = new Set<string>(pools.map((pool) => pool.id));
  const lanes = readEntries(getLanes(doc), (id, map) => readLane(id, map, poolIds)).sort(byLaneOrder);
  const laneIds = new Set<string>(lanes.map((lane) => lane.id));
  const nodes = settleNodeReferences(
    readEntries(getNodes(doc), (id, map) => readNode(id, map, laneIds)).sort(byId),
  );
  const nodeIds = new Set<string>(nodes.map((node) => node.id));
  const edges = readEntries(getEdges(doc), (id, map) => readEdge(id, map, nodeIds, poolIds)).sort(byId);
  const map: ProcessMap = { schemaVersion: SCHEMA_VERSION, nodes, edges, lanes };
  if (pools.length > 0) map.pools = pools;
  return map;
}

function readEntries<T>(
  container: Y.Map<unknown>,
  read: (id: string, map: Y.Map<unknown>) => T | undefined,
): T[] {
  const result: T[] = [];
  for (const [id, value] of container.entries()) {
    if (!(value instanceof Y.Map) || !isValidId(id)) continue;
    const item = read(id, value as Y.Map<unknown>);
    if (item !== undefined) result.push(item);
  }
  return result;
}

/** Same rule as `idSchema` (keys of a Y.Map are always strings), without zod on the hot path. */
function isValidId(id: string): boolean {
  return id.length >= 1 && id.length <= MAX_ID_LENGTH;
}

function readNode(id: string, map: Y.Map<unknown>, laneIds: ReadonlySet<string>): ProcessNode {
  const node: ProcessNode = {
    id: asNodeId(id),
    ...readNodeKind(map.get('kind')),
    label: readLabel(map.get('label')) ?? '',
    x: pick(coordinateSchema, map.get('x')) ?? 0,
    y: pick(coordinateSchema, map.get('y')) ?? 0,
    attrs: readAttrs(map.get('attrs')),
  };
  const w = pick(dimensionSchema, map.get('w'));
  const h = pick(dimensionSchema, map.get('h'));
  const laneId = map.get('laneId');
  if (w !== undefined) node.w = w;
  if (h !== undefined) node.h = h;
  if (typeof laneId === 'string' && laneIds.has(laneId)) node.laneId = asLaneId(laneId);
  return Object.assign(node, readNodeBpmn(map));
}

function readNodeKind(kind: unknown): { kind: ReadNodeKind; rawKind?: string } {
  if ((NODE_KINDS as readonly unknown[]).includes(kind)) return { kind: kind as ReadNodeKind };
  const rawKind = pick(handleSchema, kind);
  return rawKind === undefined ? { kind: 'unknown' } : { kind: 'unknown', rawKind };
}

function readAttrs(attrs: unknown): ActivityAttrs {
  const result: Record<string, unknown> = {};
  if (!(attrs instanceof Y.Map)) return result;
  for (const key of ATTR_KEYS) {
    const value = pick<unknown>(attrFieldSchemas[key], attrs.get(key));
    if (value !== undefined) result[key] = value;
  }
  return result as ActivityAttrs;
}

function readEdge(
  id: string,
  map: Y.Map<unknown>,
  nodeIds: ReadonlySet<string>,
  poolIds: ReadonlySet<string>,
): ProcessEdge | undefined {
  const source = map.get('source');
  const target = map.get('target');
  if (typeof source !== 'string' || typeof target !== 'string') return undefined;
  const kind = pick(edgeKindSchema, map.get('kind')) ?? 'sequence';
  const exists = (end: string) => nodeIds.has(end) || (kind === 'message' && poolIds.has(end));
  if (!exists(source) || !exists(target)) return undefined;
  const edge: ProcessEdge = {
    id: asEdgeId(id),
    kind,
    source: asNodeId(source),
    target: asNodeId(target),
  };
  const sourceHandle = pick(handleSchema, map.get('sourceHandle'));
  const targetHandle = pick(handleSchema, map.get('targetHandle'));
  const label = readLabel(map.get('label'));
  if (sourceHandle !== undefined) edge.sourceHandle = sourceHandle;
  if (targetHandle !== undefined) edge.targetHandle = targetHandle;
  const waypoints = pick(waypointsSchema, map.get('waypoints'));
  if (label !== undefined) edge.label = label;
  if (waypoints !== undefined) edge.waypoints = waypoints;
  return Object.assign(edge, readEdgeBpmn(map));
}

function readLane(id: string, map: Y.Map<unknown>, poolIds: ReadonlySet<string>): Lane {
  const lane: Lane = {
    id: asLaneId(id),
    label: readLabel(map.get('label')) ?? '',
    order: pick(coordinateSchema, map.get('order')) ?? 0,
    size: pick(dimensionSchema, map.get('size')) ?? DEFAULT_LANE_SIZE,
    kind: pick(laneKindSchema, map.get('kind')) ?? 'role',
  };
  const poolId = map.get('poolId');
  if (typeof poolId === 'string' && poolIds.has(poolId)) lane.poolId = asPoolId(poolId);
  return lane;
}

function readPool(id: string, map: Y.Map<unknown>): Pool {
  return {
    id: asPoolId(id),
    label: readLabel(map.get('label')) ?? '',
    orientation: pick(poolOrientationSchema, map.get('orientation')) ?? 'horizontal',
  };
}

function readLabel(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, MAX_LABEL_LENGTH) : undefined;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareIds(a.id, b.id);
}
