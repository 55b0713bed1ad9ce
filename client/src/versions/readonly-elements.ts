// Turns a plain process map (plus what a diff removed) into React Flow nodes and edges tagged with a diff status.
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { LANE_LEFT, facingSides, laneBands, lanesWidth, nodeSize } from '@prozesswerk/process-model';
import { handlesFor } from '../board/nodes/handles.ts';
import { nodeLayer } from '../board/node-layer.ts';
import { storedRoutePath } from '../board/edges/route-path.ts';
import { flowMarkOf, routeStart, shownEdgeLabel } from '../board/edges/flow-marks.ts';
import type { StaticRouteData } from './StaticRouteEdge.tsx';
import type {
  Box,
  DiffStatus,
  Lane,
  ProcessEdge,
  ProcessMap,
  ProcessMapDiff,
  ProcessNode,
} from '@prozesswerk/process-model';

// `threads`: how many discussion threads sit on the node (frozen versions only), for its pin.
export type StaticNodeData = { node: ProcessNode; status: DiffStatus | undefined; threads?: number };
export type StaticLaneData = { lane: Lane; status: DiffStatus | undefined };
export type StaticNode = Node<StaticNodeData, 'static'> | Node<StaticLaneData, 'staticLane'>;
export type StaticEdge = Edge;

export const DIFF_COLOURS: Record<DiffStatus, string> = {
  added: '#1a7f37',
  removed: '#c0362c',
  changed: '#c27803',
  moved: '#2563eb',
};
const EDGE_COLOUR = '#4a5568';
function toNode(
  node: ProcessNode,
  status: DiffStatus | undefined,
  threads: number,
  name: string | undefined,
): StaticNode {
  const size = nodeSize(node);
  return {
    id: node.id,
    type: 'static',
    position: { x: node.x, y: node.y },
    data: threads > 0 ? { node, status, threads } : { node, status },
    width: size.width,
    height: size.height,
    measured: size,
    handles: handlesFor(size),
    draggable: false,
    connectable: false,
    ariaLabel: name ?? node.label,
    ...nodeLayer(node),
  };
}

// Nothing moves on a read-only map, so a connection without stored sides gets the facing ones once, here.
function endSides(edge: ProcessEdge, byId: ReadonlyMap<string, ProcessNode>): [string, string] {
  const source = byId.get(edge.source);
  const target = byId.get(edge.target);
  const [fromSide, toSide] =
    source && target ? facingSides(boxOf(source), boxOf(target)) : (['right', 'left'] as const);
  return [edge.sourceHandle ?? fromSide, edge.targetHandle ?? toSide];
}

function boxOf(node: ProcessNode): Box {
  return { x: node.x, y: node.y, ...nodeSize(node) };
}

function toEdge(
  edge: ProcessEdge,
  status: DiffStatus | undefined,
  byId: ReadonlyMap<string, ProcessNode>,
  name: string | undefined,
): StaticEdge {
  const colour = status ? DIFF_COLOURS[status] : EDGE_COLOUR;
  const [sourceHandle, targetHandle] = endSides(edge, byId);
  const source = byId.get(edge.source);
  const target = byId.get(edge.target);
  // A stored route that still fits its nodes is drawn as in the editor (StaticRouteEdge), else a smooth step.
  const route = storedRoutePath(edge.waypoints, source && boxOf(source), target && boxOf(target));
  const start = route && routeStart(edge.waypoints);
  const mark = flowMarkOf(edge, source?.kind);
  const data: StaticRouteData = {
    ...(route && start ? { route, start } : {}),
    ...(mark ? { mark } : {}),
  };
  const label = shownEdgeLabel(edge);
  return {
    id: edge.id,
    type: 'route',
    data,
    source: edge.source,
    target: edge.target,
    sourceHandle,
    targetHandle,
    ...(label
      ? {
          label,
          labelStyle: { fontSize: 12, fill: '#1b2330' },
          labelBgStyle: { fill: '#fff', stroke: '#d9dee6' },
          labelBgPadding: [6, 2] as [number, number],
          labelBgBorderRadius: 4,
        }
      : {}),
    className: status ? `static-edge diff-${status}` : 'static-edge',
    style: {
      stroke: colour,
      strokeWidth: status ? 3 : 1.6,
      ...(status === 'removed' || edge.kind !== 'sequence' ? { strokeDasharray: '7 5' } : {}),
    },
    // BPMN: a message flow ends in an open arrow, a sequence flow in a filled one.
    ...(edge.kind === 'association'
      ? {}
      : {
          markerEnd: {
            type: edge.kind === 'message' ? MarkerType.Arrow : MarkerType.ArrowClosed,
            color: colour,
            width: 18,
            height: 18,
          },
        }),
    // Never empty: React Flow would fall back to "Edge from <id> to <id>".
    ariaLabel: name ?? edge.label ?? '',
  };
}

/** The map's nodes and lanes as React Flow nodes; with a diff, removed items are drawn back in. */
export function staticElements(
  map: ProcessMap,
  diff?: ProcessMapDiff,
  status: ReadonlyMap<string, DiffStatus> = new Map(),
  threadCounts: ReadonlyMap<string, number> = new Map(),
  /** What a screen reader calls each element (see board/a11y-names.ts), by id. */
  names: ReadonlyMap<string, string> = new Map(),
): { nodes: StaticNode[]; edges: StaticEdge[] } {
  const nodes = [...map.nodes, ...(diff?.nodes.removed ?? [])];
  const lanes = [...map.lanes, ...(diff?.lanes.removed ?? [])].sort((a, b) => a.order - b.order);
  const edges = [...map.edges, ...(diff?.edges.removed ?? [])];
  const width = lanesWidth(nodes);
  const laneNodes = laneBands(lanes).map(({ lane, top, height }): StaticNode => ({
    id: `lane:${lane.id}`,
    type: 'staticLane',
    position: { x: LANE_LEFT, y: top },
    data: { lane, status: status.get(lane.id) },
    width,
    height,
    measured: { width, height },
    handles: [],
    zIndex: -1,
    draggable: false,
    selectable: false,
    ariaLabel: names.get(lane.id) ?? lane.label,
  }));
  const byId = new Map(nodes.map((node) => [node.id as string, node]));
  // An edge to a missing node is not drawn, as in the editor.
  const drawable = edges.filter((edge) => byId.has(edge.source) && byId.has(edge.target));
  return {
    nodes: [
      ...laneNodes,
      ...nodes.map((node) =>
        toNode(node, status.get(node.id), threadCounts.get(node.id) ?? 0, names.get(node.id)),
      ),
    ],
    edges: drawable.map((edge) => toEdge(edge, status.get(edge.id), byId, names.get(edge.id))),
  };
}
