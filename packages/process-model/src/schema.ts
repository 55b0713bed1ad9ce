// Kinds, enumerations and plain data types of the process map (schema v2, see DESIGN.md).
import type { EdgeId, LaneId, NodeId, PoolId } from './ids.ts';
import type { BpmnEdgeFields, BpmnNodeFields, PoolOrientation } from './schema-bpmn.ts';

export const SCHEMA_VERSION = 2;

/** The kinds of schema v1, and what the palette offers first; the rest are in its "BPMN" group. */
export const COMMON_NODE_KINDS = [
  'start',
  'end',
  'activity',
  'decision',
  'parallel',
  'document',
  'note',
] as const;
/*
 * Schema v2 adds: intermediate events (a boundary event is one with `attachedTo`), inclusive,
 * event-based and complex gateways, data stores, data inputs and outputs of the process, groups.
 */
export const BPMN_NODE_KINDS = [
  'intermediate',
  'inclusive',
  'eventBased',
  'complex',
  'dataStore',
  'dataInput',
  'dataOutput',
  'group',
] as const;
export const NODE_KINDS = [...COMMON_NODE_KINDS, ...BPMN_NODE_KINDS] as const;
export const EDGE_KINDS = ['sequence', 'message', 'association'] as const;
export const LANE_KINDS = ['role', 'orgUnit', 'external'] as const;
export const MEDIA = ['paper', 'digital', 'mixed', 'phone', 'inPerson'] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
export type EdgeKind = (typeof EDGE_KINDS)[number];
export type LaneKind = (typeof LANE_KINDS)[number];
export type Medium = (typeof MEDIA)[number];

// A node whose stored kind this code does not know (e.g. written by a newer client) reads as
// 'unknown' and renders as a plain box; `rawKind` keeps the stored string so it survives a round trip.
export type ReadNodeKind = NodeKind | 'unknown';

export const ATTR_KEYS = [
  'role',
  'durationMin',
  'waitMin',
  'casesPerYear',
  'medium',
  'itSystem',
  'legalBasis',
  'description',
] as const;

export interface ActivityAttrs {
  role?: string;
  durationMin?: number;
  waitMin?: number;
  casesPerYear?: number;
  medium?: Medium;
  itSystem?: string;
  legalBasis?: string;
  description?: string;
}

// A patch for `setNodeAttrs`: `null` or `undefined` removes the key.
export type ActivityAttrsPatch = { [K in keyof ActivityAttrs]?: ActivityAttrs[K] | null };

/** What a node is beyond its kind (BPMN task types, markers, event triggers, containers); see schema-bpmn.ts. */
export interface ProcessNode extends BpmnNodeFields {
  id: NodeId;
  kind: ReadNodeKind;
  rawKind?: string;
  label: string;
  x: number;
  y: number;
  w?: number;
  h?: number;
  laneId?: LaneId;
  attrs: ActivityAttrs;
}

/*
 * `source` and `target` name nodes; a message edge may instead name a pool (a message to or from a
 * party drawn as a closed pool). Pool and node ids come from one random space, so they cannot clash.
 */
export interface ProcessEdge extends BpmnEdgeFields {
  id: EdgeId;
  kind: EdgeKind;
  source: NodeId;
  target: NodeId;
  sourceHandle?: string;
  targetHandle?: string;
  label?: string;
  /**
   * The route the connection was drawn along (tidy-up's orthogonal routing, or a BPMN file's waypoints): its
   * start on the source's boundary, its bends, its end on the target's. Drawn only while both ends still touch
   * their nodes (see edge-route.ts); otherwise the board draws its automatic path.
   */
  waypoints?: Point[];
}

export type Point = { x: number; y: number };

export interface Lane {
  id: LaneId;
  label: string;
  order: number;
  size: number;
  kind: LaneKind;
  /** The pool (BPMN participant) the lane belongs to; lanes without one belong to the process itself. */
  poolId?: PoolId;
}

/*
 * A pool (BPMN participant): a labelled frame around consecutive lanes. A pool without lanes of its
 * own is drawn around one unnamed lane, so every band on the board is a lane.
 */
export interface Pool {
  id: PoolId;
  label: string;
  orientation: PoolOrientation;
}

// Nodes and edges are sorted by id, lanes by order then id, pools by id, so equal docs give equal maps.
// `pools` is left out when there are none, so a map that uses nothing of schema v2 reads as in v1.
export interface ProcessMap {
  schemaVersion: number;
  nodes: ProcessNode[];
  edges: ProcessEdge[];
  lanes: Lane[];
  pools?: Pool[];
}

export const MAX_LABEL_LENGTH = 500;
export const MAX_TEXT_LENGTH = 500;
export const MAX_DESCRIPTION_LENGTH = 10_000;
export const MAX_ID_LENGTH = 64;
/** Points of one stored route: ELK and other tools bend a connection a few times, never dozens. */
export const MAX_WAYPOINTS = 64;
export const DEFAULT_LANE_SIZE = 200;
