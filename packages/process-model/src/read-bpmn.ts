// Reads the BPMN fields of nodes and edges (schema v2) and settles references a concurrent edit can break.
import type * as Y from 'yjs';
import type { NodeId } from './ids.ts';
import { pick } from './pick.ts';
import type { ProcessNode } from './schema.ts';
import { BPMN_EDGE_FIELD_KEYS, BPMN_NODE_FIELD_KEYS } from './schema-bpmn.ts';
import type { BpmnEdgeFields, BpmnNodeFields } from './schema-bpmn.ts';
import { nestingCycles } from './validate-refs.ts';
import { bpmnEdgeFieldSchemas, bpmnNodeFieldSchemas } from './validate.ts';

export function readNodeBpmn(map: Y.Map<unknown>): BpmnNodeFields {
  return readFields(map, BPMN_NODE_FIELD_KEYS, bpmnNodeFieldSchemas) as BpmnNodeFields;
}

export function readEdgeBpmn(map: Y.Map<unknown>): BpmnEdgeFields {
  return readFields(map, BPMN_EDGE_FIELD_KEYS, bpmnEdgeFieldSchemas) as BpmnEdgeFields;
}

function readFields(
  map: Y.Map<unknown>,
  keys: readonly string[],
  schemas: Readonly<Record<string, Parameters<typeof pick>[0]>>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const schema = schemas[key];
    const value = schema === undefined ? undefined : pick(schema, map.get(key));
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/*
 * A boundary event's activity and a node's sub-process must exist and not be the node itself; a
 * reference that does not hold (the other node was deleted concurrently) is left out. Two people
 * moving nodes into each other's sub-process at once can make a cycle: it is broken at the node with
 * the smallest id, the same on every client. `nodes` is sorted by id and changed in place.
 */
export function settleNodeReferences(nodes: ProcessNode[]): ProcessNode[] {
  const ids = new Set<string>(nodes.map((node) => node.id));
  for (const node of nodes) {
    for (const field of ['attachedTo', 'parentId'] as const) {
      const target = node[field];
      if (target !== undefined && (target === node.id || !ids.has(target))) delete node[field];
    }
  }
  const parentOf = new Map<string, NodeId>();
  for (const node of nodes) if (node.parentId !== undefined) parentOf.set(node.id, node.parentId);
  const byId = new Map(nodes.map((node) => [node.id as string, node] as const));
  for (let cycle = nestingCycles(parentOf); cycle.length > 0; cycle = nestingCycles(parentOf)) {
    const smallest = cycle.reduce((a, b) => (b < a ? b : a));
    parentOf.delete(smallest);
    const node = byId.get(smallest);
    if (node !== undefined) delete node.parentId;
  }
  return nodes;
}
