// Turns the store into React Flow nodes and edges, reusing each element object until its inputs change.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { LANE_LEFT, laneBands, lanesWidth, nodeSize } from '@prozesswerk/process-model';
import type { Lane, ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import { handlesFor } from './nodes/handles.ts';
import { useBoardState } from './store/context.tsx';
import type { XY } from './store/presence.ts';

export type ProcessNodeData = { node: ProcessNode };
export type LaneNodeData = { lane: Lane; index: number; count: number; width: number };
export type ProcessFlowNode = Node<ProcessNodeData, 'process'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type FlowNode = ProcessFlowNode | LaneFlowNode;
export type ProcessEdgeData = { edge: ProcessEdge };
export type FlowEdge = Edge<ProcessEdgeData, 'process'>;

export const LANE_PREFIX = 'lane:';

type CachedNode = {
  node: ProcessNode;
  selected: boolean;
  position: XY | undefined;
  readOnly: boolean;
  flow: ProcessFlowNode;
};
/** The edge, whether it is selected, and what a screen reader calls it (it names the nodes it joins). */
type EdgeInputs = [ProcessEdge, boolean, string];

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

export function useFlowNodes(): FlowNode[] {
  const nodes = useBoardState((s) => s.nodes);
  const nodeIds = useBoardState((s) => s.nodeIds);
  const lanes = useBoardState((s) => s.lanes);
  const selectedNodes = useBoardState((s) => s.selectedNodes);
  const selectedLane = useBoardState((s) => s.selectedLane);
  const laneResize = useBoardState((s) => s.laneResize);
  const drag = useBoardState((s) => s.drag);
  const remoteDrag = useBoardState((s) => s.remoteDrag);
  const readOnly = useBoardState((s) => s.access.readOnly);
  const cache = useRef(new Map<string, CachedNode>());

  const laneNodes = useMemo(() => {
    const width = lanesWidth(Object.values(nodes));
    const resized = laneResize
      ? lanes.map((lane) => (lane.id === laneResize.id ? { ...lane, size: laneResize.height } : lane))
      : lanes;
    return laneBands(resized).map(({ lane, top, height, index }): LaneFlowNode => ({
      id: LANE_PREFIX + lane.id,
      type: 'lane',
      position: { x: LANE_LEFT, y: top },
      width,
      height,
      data: { lane, index, count: lanes.length, width },
      selected: selectedLane === lane.id,
      draggable: false,
      selectable: true,
      connectable: false,
      zIndex: -1,
      measured: { width, height },
      handles: [],
      ariaLabel: lane.label,
    }));
  }, [lanes, nodes, selectedLane, laneResize]);

  // Runs on every drag frame over all nodes, so it compares fields without allocating.
  const processNodes = useMemo(() => {
    const previous = cache.current;
    const next = new Map<string, CachedNode>();
    const result: ProcessFlowNode[] = [];
    for (const id of nodeIds) {
      const node = nodes[id];
      if (!node) continue;
      const selected = id in selectedNodes;
      const position = drag[id] ?? remoteDrag[id];
      const cached = previous.get(id);
      const entry =
        cached &&
        cached.node === node &&
        cached.selected === selected &&
        cached.position === position &&
        cached.readOnly === readOnly
          ? cached
          : { node, selected, position, readOnly, flow: toFlowNode(node, selected, position, readOnly) };
      next.set(id, entry);
      result.push(entry.flow);
    }
    cache.current = next;
    return result;
  }, [nodes, nodeIds, selectedNodes, drag, remoteDrag, readOnly]);

  return useMemo(() => [...laneNodes, ...processNodes], [laneNodes, processNodes]);
}

function toFlowNode(
  node: ProcessNode,
  selected: boolean,
  position: XY | undefined,
  readOnly: boolean,
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
    ariaLabel: node.label,
  };
}

export function useFlowEdges(): FlowEdge[] {
  const { t } = useTranslation();
  const nodes = useBoardState((s) => s.nodes);
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
      const name = (nodeId: string) => nodes[nodeId]?.label || t('board.a11y.unnamed');
      const spoken = t(edge.label ? 'board.a11y.edgeLabelNamed' : 'board.a11y.edgeLabel', {
        kind: t(`edges.${edge.kind}`),
        label: edge.label,
        from: name(edge.source),
        to: name(edge.target),
      });
      const inputs: EdgeInputs = [edge, id in selectedEdges, spoken];
      const cached = cache.current.get(id);
      const flowEdge = cached && sameInputs(cached.inputs, inputs) ? cached.edge : toFlowEdge(...inputs);
      next.set(id, { inputs, edge: flowEdge });
      result.push(flowEdge);
    }
    cache.current = next;
    return result;
  }, [t, nodes, edges, edgeIds, selectedEdges]);
}

const EDGE_COLOUR = '#4a5568';

function toFlowEdge(edge: ProcessEdge, selected: boolean, ariaLabel: string): FlowEdge {
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
  };
}
