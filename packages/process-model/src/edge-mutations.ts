// Mutations of edges: connect two nodes, disconnect, relabel, change kind, condition and default flow.
import * as Y from 'yjs';
import { getEdges, getEntry, getNodes, getPools } from './doc.ts';
import { requireEntry, setField } from './fields.ts';
import { asEdgeId, newId } from './ids.ts';
import type { EdgeId, NodeId } from './ids.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import type { EdgeKind, Point } from './schema.ts';
import type { BpmnEdgeFields, BpmnEdgePatch } from './schema-bpmn.ts';
import {
  edgeKindSchema,
  handleSchema,
  labelSchema,
  parseBpmnEdgePatch,
  parseOrThrow,
  waypointsSchema,
} from './validate.ts';

export interface NewEdge extends BpmnEdgeFields {
  source: NodeId;
  target: NodeId;
  kind?: EdgeKind;
  sourceHandle?: string;
  targetHandle?: string;
  label?: string;
  waypoints?: Point[];
}

// Both nodes must exist now; if a peer deletes one concurrently, readers skip the dangling edge.
export function connect(doc: Y.Doc, input: NewEdge, origin: unknown = LOCAL_ORIGIN): EdgeId {
  const kind = parseOrThrow(edgeKindSchema, input.kind ?? 'sequence', 'invalid-kind', 'edge kind');
  const sourceHandle = parseOptional(handleSchema, input.sourceHandle, 'source handle');
  const targetHandle = parseOptional(handleSchema, input.targetHandle, 'target handle');
  const label = parseOptional(labelSchema, input.label, 'label');
  const bpmn = parseBpmnEdgePatch({ condition: input.condition, isDefault: input.isDefault });
  const waypoints = parseWaypoints(input.waypoints);
  const nodes = getNodes(doc);
  const pools = getPools(doc);
  // A message edge may end at a pool (a party drawn as a closed pool).
  for (const end of [input.source, input.target]) {
    if (kind !== 'message' || getEntry(pools, end) === undefined) requireEntry(nodes, end, 'unknown-node');
  }

  const id = asEdgeId(newId());
  doc.transact(() => {
    const edge = new Y.Map<unknown>();
    getEdges(doc).set(id, edge);
    edge.set('kind', kind);
    edge.set('source', input.source);
    edge.set('target', input.target);
    setField(edge, 'sourceHandle', sourceHandle);
    setField(edge, 'targetHandle', targetHandle);
    setField(edge, 'label', label);
    setField(edge, 'condition', bpmn.condition);
    setField(edge, 'isDefault', bpmn.isDefault);
    setField(edge, 'waypoints', waypoints);
  }, origin);
  return id;
}

/*
 * The route a connection is drawn along (see edge-route.ts); `undefined` removes it, so the board draws its
 * automatic path. Written as one plain value: a route is replaced whole, never merged point by point.
 */
export function setEdgeWaypoints(
  doc: Y.Doc,
  id: EdgeId,
  waypoints: readonly Point[] | undefined,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const parsed = parseWaypoints(waypoints);
  const edge = requireEntry(getEdges(doc), id, 'unknown-edge');
  doc.transact(() => setField(edge, 'waypoints', parsed), origin);
}

/*
 * A person moved these nodes: the stored routes of their connections were laid for where the nodes
 * were, so they go, in the same transaction as the move, and the board draws its automatic path.
 * (What a transaction cannot see, a route written concurrently, routeFits catches when drawing.)
 */
export function forgetRoutes(doc: Y.Doc, nodeIds: Iterable<string>, origin: unknown = LOCAL_ORIGIN): void {
  const moved = new Set(nodeIds);
  doc.transact(() => {
    for (const edge of getEdges(doc).values()) {
      if (!(edge instanceof Y.Map) || !edge.has('waypoints')) continue;
      if (moved.has(edge.get('source') as string) || moved.has(edge.get('target') as string))
        edge.delete('waypoints');
    }
  }, origin);
}

function parseWaypoints(waypoints: readonly Point[] | undefined): Point[] | undefined {
  return waypoints === undefined
    ? undefined
    : parseOrThrow(waypointsSchema, waypoints, 'invalid-input', 'waypoints');
}

/*
 * Condition and default marker of a sequence flow. A source has at most one default flow: making
 * one the default takes the mark from the source's other flows in the same transaction.
 */
export function setEdgeBpmn(
  doc: Y.Doc,
  id: EdgeId,
  patch: BpmnEdgePatch,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const parsed = parseBpmnEdgePatch(patch);
  const edges = getEdges(doc);
  const edge = requireEntry(edges, id, 'unknown-edge');
  doc.transact(() => {
    if (parsed.isDefault === true) {
      for (const [otherId, other] of edges.entries()) {
        if (otherId !== id && other instanceof Y.Map && other.get('source') === edge.get('source'))
          setField(other, 'isDefault', undefined);
      }
    }
    for (const key of Object.keys(patch)) setField(edge, key, parsed[key as keyof BpmnEdgePatch]);
  }, origin);
}

export function disconnect(doc: Y.Doc, id: EdgeId, origin: unknown = LOCAL_ORIGIN): void {
  const edges = getEdges(doc);
  requireEntry(edges, id, 'unknown-edge');
  doc.transact(() => edges.delete(id), origin);
}

// `undefined` removes the label.
export function relabelEdge(
  doc: Y.Doc,
  id: EdgeId,
  label: string | undefined,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const parsed = parseOptional(labelSchema, label, 'label');
  const edge = requireEntry(getEdges(doc), id, 'unknown-edge');
  doc.transact(() => setField(edge, 'label', parsed), origin);
}

export function setEdgeKind(doc: Y.Doc, id: EdgeId, kind: EdgeKind, origin: unknown = LOCAL_ORIGIN): void {
  const parsed = parseOrThrow(edgeKindSchema, kind, 'invalid-kind', 'edge kind');
  const edge = requireEntry(getEdges(doc), id, 'unknown-edge');
  doc.transact(() => setField(edge, 'kind', parsed), origin);
}

function parseOptional(
  schema: typeof handleSchema | typeof labelSchema,
  value: string | undefined,
  what: string,
): string | undefined {
  return value === undefined ? undefined : parseOrThrow(schema, value, 'invalid-input', what);
}
