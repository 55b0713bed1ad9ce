// Mutations of nodes: add, move, resize, relabel, set attributes, delete (with their edges).
import * as Y from 'yjs';
import { withDependents, type NodeLinks } from './dependents.ts';
import { getEdges, getLanes, getNodes } from './doc.ts';
import { requireEntry, setField } from './fields.ts';
import { asNodeId, newId } from './ids.ts';
import type { LaneId, NodeId } from './ids.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import type { ActivityAttrsPatch, NodeKind } from './schema.ts';
import { bpmnFieldsOf } from './schema-bpmn.ts';
import type { BpmnNodeFields, BpmnNodePatch } from './schema-bpmn.ts';
import {
  coordinateSchema,
  dimensionSchema,
  labelSchema,
  nodeKindSchema,
  parseAttrs,
  parseBpmnNodePatch,
  parseOrThrow,
} from './validate.ts';

export interface NewNode extends BpmnNodeFields {
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
  w?: number;
  h?: number;
  laneId?: LaneId;
  attrs?: ActivityAttrsPatch;
}

export function addNode(doc: Y.Doc, input: NewNode, origin: unknown = LOCAL_ORIGIN): NodeId {
  const kind = parseOrThrow(nodeKindSchema, input.kind, 'invalid-kind', 'node kind');
  const label = parseOrThrow(labelSchema, input.label, 'invalid-input', 'label');
  const [x, y] = parsePosition(input.x, input.y);
  const w =
    input.w === undefined ? undefined : parseOrThrow(dimensionSchema, input.w, 'invalid-input', 'width');
  const h =
    input.h === undefined ? undefined : parseOrThrow(dimensionSchema, input.h, 'invalid-input', 'height');
  const attrs = parseAttrs(input.attrs ?? {});
  const bpmn = parseBpmnNodePatch(bpmnFieldsOf(input));
  if (input.laneId !== undefined) requireEntry(getLanes(doc), input.laneId, 'unknown-lane');

  const id = asNodeId(newId());
  doc.transact(() => {
    const node = new Y.Map<unknown>();
    getNodes(doc).set(id, node);
    node.set('kind', kind);
    node.set('label', label);
    node.set('x', x);
    node.set('y', y);
    setField(node, 'w', w);
    setField(node, 'h', h);
    setField(node, 'laneId', input.laneId);
    for (const [key, value] of Object.entries(bpmn)) setField(node, key, value);
    // Created together with the node, never later: two peers creating `attrs` concurrently
    // would each write their own Y.Map and one peer's attributes would be lost.
    const attrMap = new Y.Map<unknown>();
    node.set('attrs', attrMap);
    for (const [key, value] of Object.entries(attrs)) setField(attrMap, key, value);
  }, origin);
  return id;
}

// `laneId`: undefined keeps the lane, null takes the node out of its lane.
export function moveNode(
  doc: Y.Doc,
  id: NodeId,
  x: number,
  y: number,
  laneId?: LaneId | null,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const [px, py] = parsePosition(x, y);
  const node = requireEntry(getNodes(doc), id, 'unknown-node');
  if (typeof laneId === 'string') requireEntry(getLanes(doc), laneId, 'unknown-lane');
  doc.transact(() => {
    setField(node, 'x', px);
    setField(node, 'y', py);
    if (laneId !== undefined) setField(node, 'laneId', laneId);
  }, origin);
}

export function resizeNode(
  doc: Y.Doc,
  id: NodeId,
  w: number,
  h: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const pw = parseOrThrow(dimensionSchema, w, 'invalid-input', 'width');
  const ph = parseOrThrow(dimensionSchema, h, 'invalid-input', 'height');
  const node = requireEntry(getNodes(doc), id, 'unknown-node');
  doc.transact(() => {
    setField(node, 'w', pw);
    setField(node, 'h', ph);
  }, origin);
}

export function relabelNode(doc: Y.Doc, id: NodeId, label: string, origin: unknown = LOCAL_ORIGIN): void {
  const parsed = parseOrThrow(labelSchema, label, 'invalid-input', 'label');
  const node = requireEntry(getNodes(doc), id, 'unknown-node');
  doc.transact(() => setField(node, 'label', parsed), origin);
}

// Only the keys in the patch change; `null` or `undefined` removes a key.
export function setNodeAttrs(
  doc: Y.Doc,
  id: NodeId,
  patch: ActivityAttrsPatch,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const parsed = parseAttrs(patch);
  const node = requireEntry(getNodes(doc), id, 'unknown-node');
  doc.transact(() => {
    let attrs = node.get('attrs');
    if (!(attrs instanceof Y.Map)) {
      // Only for nodes written without attrs (foreign or damaged data); see addNode for why not earlier.
      attrs = new Y.Map<unknown>();
      node.set('attrs', attrs);
    }
    const attrMap = attrs as Y.Map<unknown>;
    for (const key of Object.keys(patch)) setField(attrMap, key, parsed[key as keyof ActivityAttrsPatch]);
  }, origin);
}

// Only the keys in the patch change; `null` or `undefined` removes a key (see schema-bpmn.ts).
export function setNodeBpmn(
  doc: Y.Doc,
  id: NodeId,
  patch: BpmnNodePatch,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const parsed = parseBpmnNodePatch(patch);
  const node = requireEntry(getNodes(doc), id, 'unknown-node');
  for (const field of ['attachedTo', 'parentId'] as const) {
    const target = parsed[field];
    if (typeof target === 'string') requireEntry(getNodes(doc), target, 'unknown-node');
  }
  doc.transact(() => {
    for (const key of Object.keys(patch)) setField(node, key, parsed[key as keyof BpmnNodePatch]);
  }, origin);
}

// The inspector's "Art": a decision becomes an inclusive gateway, a task an intermediate event, and so on.
export function setNodeKind(doc: Y.Doc, id: NodeId, kind: NodeKind, origin: unknown = LOCAL_ORIGIN): void {
  const parsed = parseOrThrow(nodeKindSchema, kind, 'invalid-kind', 'node kind');
  const node = requireEntry(getNodes(doc), id, 'unknown-node');
  doc.transact(() => setField(node, 'kind', parsed), origin);
}

/*
 * The node's edges go in the same transaction, so one undo brings both back; so do the boundary
 * events on its border and, for an open sub-process, everything drawn inside it (as in BPMN tools).
 */
export function deleteNode(doc: Y.Doc, id: NodeId, origin: unknown = LOCAL_ORIGIN): void {
  const nodes = getNodes(doc);
  requireEntry(nodes, id, 'unknown-node');
  doc.transact(() => {
    const doomed = dependentsOf(nodes, id);
    const edges = getEdges(doc);
    for (const [edgeId, edge] of edges.entries()) {
      if (edge instanceof Y.Map && (doomed.has(edge.get('source')) || doomed.has(edge.get('target')))) {
        edges.delete(edgeId);
      }
    }
    for (const doomedId of doomed) nodes.delete(doomedId);
  }, origin);
}

// The node and, transitively, every node attached to it or drawn inside it.
function dependentsOf(nodes: Y.Map<unknown>, id: string): Set<string> {
  const links: NodeLinks[] = [];
  for (const [nodeId, node] of nodes.entries())
    if (node instanceof Y.Map)
      links.push({ id: nodeId, attachedTo: node.get('attachedTo'), parentId: node.get('parentId') });
  return withDependents([id], links);
}

function parsePosition(x: number, y: number): [number, number] {
  return [
    parseOrThrow(coordinateSchema, x, 'invalid-input', 'x'),
    parseOrThrow(coordinateSchema, y, 'invalid-input', 'y'),
  ];
}
