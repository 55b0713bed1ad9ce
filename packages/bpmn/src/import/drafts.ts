// Turns scanned BPMN elements into the map's lanes, nodes and edges (ids, labels, lanes, attributes; no positions yet).
import {
  asEdgeId,
  asLaneId,
  asNodeId,
  DEFAULT_LANE_SIZE,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
} from '@prozesswerk/process-model';
import type { ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import type { BaseElement } from '../moddle-types.ts';
import type { ImportNote } from './notes.ts';
import type { LaneScan } from './lanes.ts';
import { createIdAllocator, readAttrs } from './node-data.ts';
import type { LaneDraft, NodeDraft } from './positions.ts';
import { unsupported } from './scan.ts';
import type { Scan, Unsupported } from './scan.ts';

export function draftLanes(laneScan: LaneScan, warnings: ImportNote[]): LaneDraft[] {
  const allocate = createIdAllocator(warnings);
  return laneScan.lanes.map((scanned, order) => ({
    element: scanned.element,
    isPool: scanned.isPool,
    lane: {
      id: asLaneId(allocate(scanned.element)),
      label: scanned.label.slice(0, MAX_LABEL_LENGTH),
      order,
      size: DEFAULT_LANE_SIZE,
      kind: scanned.kind,
    },
  }));
}

// A node's lane: `pw:lane` (our documents and notes), else the lane or pool that lists it.
export function draftNodes(
  scan: Scan,
  laneScan: LaneScan,
  lanes: readonly LaneDraft[],
  warnings: ImportNote[],
): NodeDraft[] {
  const laneOfElement = new Map(lanes.map((draft) => [draft.element, draft.lane.id] as const));
  const laneByBpmnId = new Map(lanes.map((draft) => [draft.element.id, draft.lane.id] as const));
  const allocate = createIdAllocator(warnings);
  return scan.nodes.map(({ element, kind, label }) => {
    const node: ProcessNode = {
      id: asNodeId(allocate(element)),
      kind,
      label: label.slice(0, MAX_LABEL_LENGTH),
      x: 0,
      y: 0,
      attrs: readAttrs(element),
    };
    const listedIn = laneScan.laneOf.get(element)?.element;
    const laneId =
      (element.lane === undefined ? undefined : laneByBpmnId.get(element.lane)) ??
      (listedIn === undefined ? undefined : laneOfElement.get(listedIn));
    if (laneId !== undefined) node.laneId = laneId;
    return { element, node };
  });
}

// A flow whose source or target was not imported (e.g. leaves a boundary event) is reported as unsupported itself.
export function draftEdges(
  scan: Scan,
  nodes: readonly NodeDraft[],
  unsupportedList: Unsupported[],
  warnings: ImportNote[],
): ProcessEdge[] {
  const nodeIdOf = new Map(nodes.map(({ element, node }) => [element, node.id] as const));
  const allocate = createIdAllocator(warnings);
  const edges: ProcessEdge[] = [];
  const reported = new Set<BaseElement>();
  for (const flow of scan.flows) {
    const source = flow.source && nodeIdOf.get(flow.source);
    const target = flow.target && nodeIdOf.get(flow.target);
    if (source === undefined || target === undefined) {
      if (!reported.has(flow.element)) unsupportedList.push(unsupported(flow.element));
      reported.add(flow.element);
      continue;
    }
    const element = flow.element;
    const edge: ProcessEdge = {
      id: asEdgeId(allocate(element, flow.index === undefined ? '' : `_${flow.index}`)),
      kind: flow.kind,
      source,
      target,
    };
    const label = flow.kind === 'association' ? element.label : element.name;
    if (label !== undefined) edge.label = label.slice(0, MAX_LABEL_LENGTH);
    const { sourceHandle, targetHandle } = element;
    if (sourceHandle !== undefined && sourceHandle.length <= MAX_ID_LENGTH) edge.sourceHandle = sourceHandle;
    if (targetHandle !== undefined && targetHandle.length <= MAX_ID_LENGTH) edge.targetHandle = targetHandle;
    edges.push(edge);
  }
  return edges;
}
