// Turns BPMN pools (participants) and lanes into the map's flat list of lanes and records which node sits where.
import type { LaneKind } from '@prozesswerk/process-model';
import type { ImportNote } from './notes.ts';
import { LANE_KINDS } from '@prozesswerk/process-model';
import type { BaseElement, FlowElementsContainer, Lane, LaneSet, Participant } from '../moddle-types.ts';
import type { Scan } from './scan.ts';

export interface ScannedLane {
  /** The BPMN lane, or the participant when a pool without lanes becomes one lane. */
  element: BaseElement;
  label: string;
  kind: LaneKind;
  /** For a pool-lane the band starts right of the pool's header; for a lane at its shape. */
  isPool: boolean;
}

export interface LaneScan {
  lanes: ScannedLane[];
  laneOf: Map<BaseElement, ScannedLane>;
  warnings: ImportNote[];
}

/*
 * Every participant becomes lanes: its process's lanes if it has any, otherwise one lane named
 * after the participant (kind 'external' when its pool is a black box without flow elements,
 * 'orgUnit' otherwise). Lanes of processes without a participant become lanes too. Nested lanes
 * (childLaneSet) are flattened to their innermost lanes, labelled "Outer / Inner"; a node is in the
 * innermost lane whose flowNodeRef names it. A lane's kind is `pw:laneKind` when set, else 'orgUnit'.
 */
export function scanLanes(scan: Scan): LaneScan {
  const result: LaneScan = { lanes: [], laneOf: new Map(), warnings: [] };
  const withPool = new Set<FlowElementsContainer>();
  for (const participant of scan.collaborations.flatMap(
    (collaboration) => collaboration.participants ?? [],
  )) {
    const process = participant.processRef;
    if (process !== undefined) withPool.add(process);
    const added = process === undefined ? 0 : addLaneSets(process.laneSets ?? [], '', result);
    if (added === 0 && participant.noLane !== true) addPoolLane(participant, process, result);
  }
  for (const process of scan.processes) {
    if (!withPool.has(process)) addLaneSets(process.laneSets ?? [], '', result);
  }
  return result;
}

function addPoolLane(
  participant: Participant,
  process: FlowElementsContainer | undefined,
  result: LaneScan,
): void {
  const elements = [...(process?.flowElements ?? []), ...(process?.artifacts ?? [])];
  const lane: ScannedLane = {
    element: participant,
    label: participant.name ?? '',
    kind: laneKindOf(participant) ?? (elements.length > 0 ? 'orgUnit' : 'external'),
    isPool: true,
  };
  result.lanes.push(lane);
  for (const element of elements) result.laneOf.set(element, lane);
}

function addLaneSets(laneSets: readonly LaneSet[], prefix: string, result: LaneScan): number {
  let added = 0;
  for (const lane of laneSets.flatMap((laneSet) => laneSet.lanes ?? []))
    added += addLane(lane, prefix, result);
  return added;
}

function addLane(lane: Lane, prefix: string, result: LaneScan): number {
  const label = prefix + (lane.name ?? '');
  const children = lane.childLaneSet;
  if (children !== undefined && (children.lanes ?? []).length > 0) {
    result.warnings.push({ code: 'nested-lanes', params: { lane: label } });
    return addLaneSets([children], `${label} / `, result);
  }
  const scanned: ScannedLane = { element: lane, label, kind: laneKindOf(lane) ?? 'orgUnit', isPool: false };
  result.lanes.push(scanned);
  for (const node of lane.flowNodeRef ?? []) result.laneOf.set(node, scanned);
  return 1;
}

function laneKindOf(element: BaseElement): LaneKind | undefined {
  const kind = element.laneKind;
  return (LANE_KINDS as readonly (string | undefined)[]).includes(kind) ? (kind as LaneKind) : undefined;
}
