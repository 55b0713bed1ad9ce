// Mutations of edges: connect two nodes, disconnect, relabel, change kind.
import * as Y from 'yjs';
import { getEdges, getNodes } from './doc.ts';
import { requireEntry, setField } from './fields.ts';
import { asEdgeId, newId } from './ids.ts';
import type { EdgeId, NodeId } from './ids.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import type { EdgeKind } from './schema.ts';
import { edgeKindSchema, handleSchema, labelSchema, parseOrThrow } from './validate.ts';

export interface NewEdge {
  source: NodeId;
  target: NodeId;
  kind?: EdgeKind;
  sourceHandle?: string;
  targetHandle?: string;
  label?: string;
}

// Both nodes must exist now; if a peer deletes one concurrently, readers skip the dangling edge.
export function connect(doc: Y.Doc, input: NewEdge, origin: unknown = LOCAL_ORIGIN): EdgeId {
  const kind = parseOrThrow(edgeKindSchema, input.kind ?? 'sequence', 'invalid-kind', 'edge kind');
  const sourceHandle = parseOptional(handleSchema, input.sourceHandle, 'source handle');
  const targetHandle = parseOptional(handleSchema, input.targetHandle, 'target handle');
  const label = parseOptional(labelSchema, input.label, 'label');
  const nodes = getNodes(doc);
  requireEntry(nodes, input.source, 'unknown-node');
  requireEntry(nodes, input.target, 'unknown-node');

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
  }, origin);
  return id;
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
