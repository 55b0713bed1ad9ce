// Kinds, enumerations and plain data types of the process map (schema v1, see DESIGN.md).
import type { EdgeId, LaneId, NodeId } from './ids.ts';

export const SCHEMA_VERSION = 1;

export const NODE_KINDS = ['start', 'end', 'activity', 'decision', 'parallel', 'document', 'note'] as const;
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

export interface ProcessNode {
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

export interface ProcessEdge {
  id: EdgeId;
  kind: EdgeKind;
  source: NodeId;
  target: NodeId;
  sourceHandle?: string;
  targetHandle?: string;
  label?: string;
}

export interface Lane {
  id: LaneId;
  label: string;
  order: number;
  size: number;
  kind: LaneKind;
}

// Nodes and edges are sorted by id, lanes by order then id, so equal docs give equal maps.
export interface ProcessMap {
  schemaVersion: number;
  nodes: ProcessNode[];
  edges: ProcessEdge[];
  lanes: Lane[];
}

export const MAX_LABEL_LENGTH = 500;
export const MAX_TEXT_LENGTH = 500;
export const MAX_DESCRIPTION_LENGTH = 10_000;
export const MAX_ID_LENGTH = 64;
export const DEFAULT_LANE_SIZE = 200;
