// Turns scanned BPMN elements into the map's pools, lanes, nodes and edges (ids, labels, fields; no positions yet).
import {
  asEdgeId,
  asLaneId,
  asNodeId,
  asPoolId,
  DEFAULT_LANE_SIZE,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
} from '@prozesswerk/process-model';
import type { LaneId, Point, Pool, ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import type { BaseElement } from '../moddle-types.ts';
import type { LaneScan, ScannedLane } from './lanes.ts';
import { createIdAllocator, readAttrs } from './node-data.ts';
import type { ImportNote } from './notes.ts';
import type { LaneDraft, NodeDraft } from './positions.ts';
import type { Scan, Unsupported } from './scan.ts';
import { unsupported } from './unsupported.ts';

const label = (text: string) => text.slice(0, MAX_LABEL_LENGTH);

export function draftPools(laneScan: LaneScan, warnings: ImportNote[]): Map<BaseElement, Pool> {
  const allocate = createIdAllocator(warnings);
  return new Map(
    laneScan.pools.map((scanned) => [
      scanned.element,
      {
        id: asPoolId(allocate(scanned.element)),
        label: label(scanned.label),
        orientation: scanned.orientation,
      },
    ]),
  );
}

export function draftLanes(
  laneScan: LaneScan,
  pools: ReadonlyMap<BaseElement, Pool>,
  warnings: ImportNote[],
): LaneDraft[] {
  const allocate = createIdAllocator(warnings);
  return laneScan.lanes.map((scanned, order) => {
    const pool = scanned.pool === undefined ? undefined : pools.get(scanned.pool.element);
    const draft: LaneDraft = {
      element: scanned.element,
      isPool: scanned.isPool,
      orientation: pool?.orientation ?? 'horizontal',
      lane: {
        id: asLaneId(allocate(laneIdSource(scanned))),
        label: label(scanned.label),
        order,
        size: DEFAULT_LANE_SIZE,
        kind: scanned.kind,
      },
    };
    if (pool !== undefined) draft.lane.poolId = pool.id;
    return draft;
  });
}

// A pool drawn without lanes names the id of its one lane in `pw:laneId` (our files); else the pool's id serves.
function laneIdSource(scanned: ScannedLane): BaseElement {
  const laneId = scanned.isPool ? scanned.element.laneId : undefined;
  if (laneId === undefined || laneId === '') return scanned.element;
  return { $type: 'bpmn:Lane', id: laneId, originalId: laneId } as unknown as BaseElement;
}

/*
 * A node's lane: `pw:lane` (our data and notes), else the lane that lists it; otherwise the
 * placement picks one of `candidates` (the lanes of its pool or process) by where it is drawn. A
 * node inside a sub-process or on an activity's border takes its container's lane there too.
 */
export function draftNodes(
  scan: Scan,
  laneScan: LaneScan,
  lanes: readonly LaneDraft[],
  warnings: ImportNote[],
): NodeDraft[] {
  const laneOfScanned = new Map<ScannedLane['element'], LaneId>(
    lanes.map((draft) => [draft.element, draft.lane.id] as const),
  );
  const laneByBpmnId = new Map(lanes.map((draft) => [draft.element.id, draft.lane.id] as const));
  const allocate = createIdAllocator(warnings);
  const drafts = scan.nodes.map((scanned): NodeDraft => {
    const { element, kind, fields } = scanned;
    const node: ProcessNode = {
      id: asNodeId(allocate(element)),
      kind,
      label: label(scanned.label),
      x: 0,
      y: 0,
      attrs: readAttrs(element),
      ...fields,
    };
    const link = element.get('calledElement');
    if (typeof link === 'string' && link !== '' && link.length <= MAX_ID_LENGTH) node.link = link;
    const listedIn = laneScan.laneOf.get(element)?.element;
    const laneId =
      (element.lane === undefined ? undefined : laneByBpmnId.get(element.lane)) ??
      (listedIn === undefined ? undefined : laneOfScanned.get(listedIn));
    if (laneId !== undefined) node.laneId = laneId;
    const candidates = (scanned.process && laneScan.lanesOfProcess.get(scanned.process)) ?? [];
    return {
      element,
      node,
      candidates: candidates.map((lane) => laneOfScanned.get(lane.element)).filter((id) => id !== undefined),
      ...(scanned.parent ? { parent: scanned.parent } : {}),
      ...(scanned.host ? { host: scanned.host } : {}),
    };
  });
  const idOf = new Map(drafts.map((draft) => [draft.element, draft.node.id] as const));
  for (const draft of drafts) {
    const parentId = draft.parent && idOf.get(draft.parent);
    const hostId = draft.host && idOf.get(draft.host);
    if (parentId !== undefined) draft.node.parentId = parentId;
    if (hostId !== undefined) draft.node.attachedTo = hostId;
  }
  return drafts;
}

// A flow whose source or target was not imported is reported itself; a message flow may end at a pool.
export function draftEdges(
  scan: Scan,
  nodes: readonly NodeDraft[],
  pools: ReadonlyMap<BaseElement, Pool>,
  unsupportedList: Unsupported[],
  warnings: ImportNote[],
  /** Waypoints as drawn in the file, unchecked and not yet moved (see routes.ts). */
  routes: ReadonlyMap<BaseElement, Point[]> = new Map(),
): ProcessEdge[] {
  const idOf = new Map<BaseElement, string>(nodes.map(({ element, node }) => [element, node.id] as const));
  for (const [element, pool] of pools) idOf.set(element, pool.id);
  const allocate = createIdAllocator(warnings);
  const edges: ProcessEdge[] = [];
  const reported = new Set<BaseElement>();
  for (const flow of scan.flows) {
    const source = flow.source && idOf.get(flow.source);
    const target = flow.target && idOf.get(flow.target);
    const toPool = flow.source?.$type === 'bpmn:Participant' || flow.target?.$type === 'bpmn:Participant';
    if (source === undefined || target === undefined || (toPool && flow.kind !== 'message')) {
      if (!reported.has(flow.element)) unsupportedList.push(unsupported(flow.element, 'no-ends'));
      reported.add(flow.element);
      continue;
    }
    const element = flow.element;
    const edge: ProcessEdge = {
      id: asEdgeId(allocate(element, flow.index === undefined ? '' : `_${flow.index}`)),
      kind: flow.kind,
      source: asNodeId(source),
      target: asNodeId(target),
      ...flow.fields,
    };
    const text = element.$type.endsWith('Association') ? element.label : element.name;
    if (text !== undefined) edge.label = label(text);
    const { sourceHandle, targetHandle } = element;
    if (sourceHandle !== undefined && sourceHandle.length <= MAX_ID_LENGTH) edge.sourceHandle = sourceHandle;
    if (targetHandle !== undefined && targetHandle.length <= MAX_ID_LENGTH) edge.targetHandle = targetHandle;
    const waypoints = flow.index === undefined ? routes.get(element) : undefined;
    if (waypoints !== undefined) edge.waypoints = waypoints;
    edges.push(edge);
  }
  return edges;
}
