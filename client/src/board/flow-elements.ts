// Turns the store into React Flow nodes and edges, reusing each element object until its inputs change.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { LANE_LEFT, laneBands, laneBoxes, lanesWidth, nodeSize } from '@prozesswerk/process-model';
import type { Lane, Pool, ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import { ridersOf, withRiders } from './attached-events.ts';
import { accessibleNames } from './a11y-names.ts';
import { isColumn, lanePlace } from './lane-order.ts';
import { LANE_FLOW_PREFIX } from './navigation.ts';
import { nodeLayer } from './node-layer.ts';
import { handlesFor } from './nodes/handles.ts';
import { useBoardState } from './store/context.tsx';
import type { XY } from './store/presence.ts';

export type ProcessNodeData = { node: ProcessNode };
/** `pool` is set on the first lane of a pool, which shows the pool's header over all of its lanes. */
export type LaneNodeData = {
  lane: Lane;
  index: number;
  count: number;
  width: number;
  pool?: Pool;
  poolHeight?: number;
  /** A lane of a vertical pool: a column, its header on top (see laneBoxes); index and count among the columns. */
  vertical: boolean;
};
export type ProcessFlowNode = Node<ProcessNodeData, 'process'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type FlowNode = ProcessFlowNode | LaneFlowNode;
export type ProcessEdgeData = { edge: ProcessEdge };
export type FlowEdge = Edge<ProcessEdgeData, 'process'>;

export const LANE_PREFIX = LANE_FLOW_PREFIX;

type CachedNode = {
  node: ProcessNode;
  selected: boolean;
  position: XY | undefined;
  readOnly: boolean;
  name: string;
  dom: DomAttributes;
  flow: ProcessFlowNode;
};
/** The edge, whether it is selected, what a screen reader calls it (it names the nodes it joins), its DOM attributes. */
type EdgeInputs = [ProcessEdge, boolean, string, DomAttributes];

/*
 * Every element is focusable by script but only the canvas itself is a Tab stop (roving focus, see
 * canvas-focus.ts), and says in German what it is; React Flow would say "node" and "edge".
 */
type DomAttributes = { tabIndex: number; 'aria-roledescription': string };

function useDomAttributes(role: 'nodeRole' | 'edgeRole' | 'laneRole'): DomAttributes {
  const { t } = useTranslation();
  return useMemo(() => ({ tabIndex: -1, 'aria-roledescription': t(`board.a11y.${role}`) }), [t, role]);
}

/** What a screen reader calls each node, edge and lane, recomputed only when the map changes (not on drags). */
export function useNames(): Map<string, string> {
  const { t } = useTranslation();
  const nodes = useBoardState((s) => s.nodes);
  const edges = useBoardState((s) => s.edges);
  const lanes = useBoardState((s) => s.lanes);
  return useMemo(
    () => accessibleNames(t, { nodes: Object.values(nodes), edges: Object.values(edges), lanes }),
    [t, nodes, edges, lanes],
  );
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

export function useFlowNodes(names: ReadonlyMap<string, string>): FlowNode[] {
  const nodes = useBoardState((s) => s.nodes);
  const nodeIds = useBoardState((s) => s.nodeIds);
  const lanes = useBoardState((s) => s.lanes);
  const pools = useBoardState((s) => s.pools);
  const selectedNodes = useBoardState((s) => s.selectedNodes);
  const selectedLane = useBoardState((s) => s.selectedLane);
  const laneResize = useBoardState((s) => s.laneResize);
  const drag = useBoardState((s) => s.drag);
  const remoteDrag = useBoardState((s) => s.remoteDrag);
  const readOnly = useBoardState((s) => s.access.readOnly);
  const cache = useRef(new Map<string, CachedNode>());
  const nodeDom = useDomAttributes('nodeRole');
  const laneDom = useDomAttributes('laneRole');

  const laneNodes = useMemo(() => {
    const width = lanesWidth(Object.values(nodes));
    const resized = laneResize
      ? lanes.map((lane) =>
          lane.id === laneResize.id
            ? { ...lane, size: isColumn(lane, pools) ? laneResize.width : laneResize.height }
            : lane,
        )
      : lanes;
    const headed = new Set<string>();
    const poolHeader = (lane: Lane, all: readonly Lane[]): { pool?: Pool; poolHeight?: number } => {
      const pool = pools.find((candidate) => candidate.id === lane.poolId);
      if (pool === undefined || headed.has(pool.id)) return {};
      headed.add(pool.id);
      const poolHeight = all.filter((other) => other.poolId === pool.id).reduce((sum, l) => sum + l.size, 0);
      return { pool, poolHeight };
    };
    const columns = new Map(
      laneBoxes({ lanes: resized, nodes: Object.values(nodes), pools })
        .filter((box) => box.orientation === 'vertical')
        .map((box) => [box.lane.id as string, box] as const),
    );
    return laneBands(resized).map(({ lane, top, height }): LaneFlowNode => {
      const column = columns.get(lane.id);
      const box = column ?? { x: LANE_LEFT, y: top, width, height };
      return {
        id: LANE_PREFIX + lane.id,
        type: 'lane',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        data: {
          lane,
          ...lanePlace(lanes, pools, lane.id),
          width: box.width,
          ...poolHeader(lane, resized),
        },
        selected: selectedLane === lane.id,
        draggable: false,
        selectable: true,
        connectable: false,
        zIndex: -1,
        measured: { width: box.width, height: box.height },
        handles: [],
        ariaLabel: names.get(lane.id) ?? lane.label,
        domAttributes: laneDom,
      };
    });
  }, [lanes, pools, nodes, selectedLane, laneResize, names, laneDom]);

  // A dragged activity's boundary events go along on screen, here and for the others watching the drag.
  const riders = useMemo(() => ridersOf(nodes), [nodes]);
  const dragShown = useMemo(() => withRiders(drag, riders, nodes), [drag, riders, nodes]);
  const remoteDragShown = useMemo(() => withRiders(remoteDrag, riders, nodes), [remoteDrag, riders, nodes]);

  // Runs on every drag frame over all nodes, so it compares fields without allocating.
  const processNodes = useMemo(() => {
    const previous = cache.current;
    const next = new Map<string, CachedNode>();
    const result: ProcessFlowNode[] = [];
    for (const id of nodeIds) {
      const node = nodes[id];
      if (!node) continue;
      const selected = id in selectedNodes;
      const position = dragShown[id] ?? remoteDragShown[id];
      const name = names.get(id) ?? node.label;
      const cached = previous.get(id);
      const entry =
        cached &&
        cached.node === node &&
        cached.selected === selected &&
        cached.position === position &&
        cached.readOnly === readOnly &&
        cached.name === name &&
        cached.dom === nodeDom
          ? cached
          : {
              node,
              selected,
              position,
              readOnly,
              name,
              dom: nodeDom,
              flow: toFlowNode(node, selected, position, readOnly, name, nodeDom),
            };
      next.set(id, entry);
      result.push(entry.flow);
    }
    cache.current = next;
    return result;
  }, [nodes, nodeIds, selectedNodes, dragShown, remoteDragShown, readOnly, names, nodeDom]);

  return useMemo(() => [...laneNodes, ...processNodes], [laneNodes, processNodes]);
}

function toFlowNode(
  node: ProcessNode,
  selected: boolean,
  position: XY | undefined,
  readOnly: boolean,
  name: string,
  dom: DomAttributes,
): ProcessFlowNode {
  const size = nodeSize(node);
  return {
    id: node.id,
    type: 'process',
    position: position ?? { x: node.x, y: node.y },
    data: { node },
    width: size.width,
    height: size.height,
    selected,
    draggable: !readOnly,
    connectable: !readOnly,
    measured: size,
    handles: handlesFor(size),
    ariaLabel: name,
    domAttributes: dom,
    ...nodeLayer(node),
  };
}

export function useFlowEdges(names: ReadonlyMap<string, string>): FlowEdge[] {
  const dom = useDomAttributes('edgeRole');
  const edges = useBoardState((s) => s.edges);
  const edgeIds = useBoardState((s) => s.edgeIds);
  const selectedEdges = useBoardState((s) => s.selectedEdges);
  const cache = useRef(new Map<string, { inputs: EdgeInputs; edge: FlowEdge }>());

  return useMemo(() => {
    const next = new Map<string, { inputs: EdgeInputs; edge: FlowEdge }>();
    const result: FlowEdge[] = [];
    for (const id of edgeIds) {
      const edge = edges[id];
      if (!edge) continue;
      const inputs: EdgeInputs = [edge, id in selectedEdges, names.get(id) ?? '', dom];
      const cached = cache.current.get(id);
      const flowEdge = cached && sameInputs(cached.inputs, inputs) ? cached.edge : toFlowEdge(...inputs);
      next.set(id, { inputs, edge: flowEdge });
      result.push(flowEdge);
    }
    cache.current = next;
    return result;
  }, [names, dom, edges, edgeIds, selectedEdges]);
}

const EDGE_COLOUR = '#4a5568';

function toFlowEdge(edge: ProcessEdge, selected: boolean, ariaLabel: string, dom: DomAttributes): FlowEdge {
  const marker =
    edge.kind === 'association'
      ? undefined
      : {
          type: edge.kind === 'message' ? MarkerType.Arrow : MarkerType.ArrowClosed,
          color: EDGE_COLOUR,
          width: 18,
          height: 18,
        };
  return {
    id: edge.id,
    type: 'process',
    source: edge.source,
    target: edge.target,
    sourceHandle: edge.sourceHandle ?? null,
    targetHandle: edge.targetHandle ?? null,
    data: { edge },
    selected,
    ...(marker ? { markerEnd: marker } : {}),
    ariaLabel,
    domAttributes: dom,
  };
}
