// Copies of nodes and the edges between them, added under new ids (pasting, adding an imported map beside a map).
import type * as Y from 'yjs';
import { connect } from './edge-mutations.ts';
import type { LaneId, NodeId, PoolId } from './ids.ts';
import { addNode, setNodeBpmn } from './node-mutations.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import type { ProcessEdge, ProcessNode } from './schema.ts';
import { bpmnFieldsOf, type BpmnNodeFields } from './schema-bpmn.ts';

export type CopyPlacement = {
  /** How far the copies lie from the originals; their edges' routes move as far. */
  dx: number;
  dy: number;
  /** The lane a copy goes into (undefined: none). */
  laneOf: (node: ProcessNode) => LaneId | undefined;
  /**
   * Where a message to a pool ends: the copies of an added map's pools, by the originals' ids. A route to a pool is
   * left out, as it does not fit the pool's new place.
   */
  pools?: ReadonlyMap<string, PoolId>;
};

/** The fields that name another node: they are set once every copy exists, to the copy of that node. */
const REFERENCES: readonly (keyof BpmnNodeFields)[] = ['attachedTo', 'parentId'];

/**
 * Adds a copy of each node and of each edge between copies, as one transaction; returns the copies' ids by the
 * originals'. A boundary event copied with its activity sits on the activity's copy, content copied with its
 * sub-process lies in the copy; a reference to a node not copied is left out (an event copied alone is a free event).
 * A node of unknown kind is copied as an activity, the plain box it was drawn as.
 */
export function addNodeCopies(
  doc: Y.Doc,
  copies: { nodes: readonly ProcessNode[]; edges: readonly ProcessEdge[] },
  { dx, dy, laneOf, pools }: CopyPlacement,
  origin: unknown = LOCAL_ORIGIN,
): Map<string, NodeId> {
  const ids = new Map<string, NodeId>();
  doc.transact(() => {
    for (const node of copies.nodes) {
      const laneId = laneOf(node);
      const id = addNode(
        doc,
        {
          ...bpmnFieldsOf(node, REFERENCES),
          kind: node.kind === 'unknown' ? 'activity' : node.kind,
          label: node.label,
          x: node.x + dx,
          y: node.y + dy,
          ...(node.w === undefined ? {} : { w: node.w }),
          ...(node.h === undefined ? {} : { h: node.h }),
          ...(laneId === undefined ? {} : { laneId }),
          attrs: node.attrs,
        },
        origin,
      );
      ids.set(node.id, id);
    }
    const copyOf = (id: NodeId | undefined) => (id === undefined ? undefined : ids.get(id));
    for (const node of copies.nodes) {
      const [attachedTo, parentId] = [copyOf(node.attachedTo), copyOf(node.parentId)];
      if (attachedTo !== undefined || parentId !== undefined)
        setNodeBpmn(doc, ids.get(node.id)!, { attachedTo, parentId }, origin);
    }
    for (const edge of copies.edges) {
      // A message edge may name a pool as one of its ends (see ProcessEdge).
      const source = ids.get(edge.source) ?? (pools?.get(edge.source) as NodeId | undefined);
      const target = ids.get(edge.target) ?? (pools?.get(edge.target) as NodeId | undefined);
      if (!source || !target) continue;
      const { id: _id, source: _source, target: _target, waypoints, ...rest } = edge;
      const routed = waypoints && ids.has(edge.source) && ids.has(edge.target);
      const moved = routed
        ? { waypoints: waypoints.map((point) => ({ x: point.x + dx, y: point.y + dy })) }
        : {};
      connect(doc, { ...rest, ...moved, source, target }, origin);
    }
  }, origin);
  return ids;
}
