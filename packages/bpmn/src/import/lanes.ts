// Turns BPMN pools (participants) into pools and their lanes into lanes, and records which node sits in which lane.
import { LANE_KINDS } from '@prozesswerk/process-model';
import type { LaneKind, PoolOrientation } from '@prozesswerk/process-model';
import type { BaseElement, FlowElementsContainer, Lane, LaneSet, Participant } from '../moddle-types.ts';
import type { ImportNote } from './notes.ts';
import type { Scan } from './scan.ts';

export interface ScannedPool {
  element: Participant;
  label: string;
  orientation: PoolOrientation;
}

export interface ScannedLane {
  /** The BPMN lane, or the participant when a pool without lanes becomes one unnamed lane. */
  element: BaseElement;
  label: string;
  kind: LaneKind;
  /** A pool's own lane: its band is the pool's shape without the pool's header. */
  isPool: boolean;
  pool?: ScannedPool;
}

export interface LaneScan {
  pools: ScannedPool[];
  lanes: ScannedLane[];
  laneOf: Map<BaseElement, ScannedLane>;
  /** The lanes a node of this process may sit in (all lanes of its pool, or of the process). */
  lanesOfProcess: Map<FlowElementsContainer, ScannedLane[]>;
  /** Outer lanes of nested lanes: kept as the first part of their inner lanes' labels. */
  merged: BaseElement[];
  warnings: ImportNote[];
}

/*
 * Every participant becomes a pool, named as in the file, horizontal or vertical as drawn. Its
 * process's lanes belong to it; a pool without lanes gets one unnamed lane (kind 'external' when
 * the pool is a black box without flow elements), so every band on the board is a lane. Lanes of
 * processes without a participant stay without pool. Nested lanes (childLaneSet) are flattened to
 * their innermost lanes, labelled "Outer / Inner"; a node is in the innermost lane that lists it.
 * A lane's kind is `pw:laneKind` when set, else 'orgUnit'.
 */
export function scanLanes(scan: Scan, isVertical: (participant: Participant) => boolean): LaneScan {
  const result: LaneScan = {
    pools: [],
    lanes: [],
    laneOf: new Map(),
    lanesOfProcess: new Map(),
    merged: [],
    warnings: [],
  };
  const withPool = new Set<FlowElementsContainer>();
  for (const participant of scan.participants) {
    const pool: ScannedPool = {
      element: participant,
      label: participant.name ?? '',
      orientation: isVertical(participant) ? 'vertical' : 'horizontal',
    };
    // Our own export wraps lanes without pool in a participant marked `pw:noPool` (`pw:noLane` before
    // pools existed, for a map without lanes); such a participant is no pool of the map.
    const isPool = participant.noLane !== true && participant.get('noPool') !== true;
    if (isPool) result.pools.push(pool);
    const process = participant.processRef;
    const first = result.lanes.length;
    if (process !== undefined && !withPool.has(process)) {
      withPool.add(process);
      addLaneSets(process.laneSets ?? [], '', isPool ? pool : undefined, result);
    }
    if (result.lanes.length === first && isPool) addPoolLane(pool, process, result);
    if (process !== undefined) result.lanesOfProcess.set(process, result.lanes.slice(first));
  }
  for (const process of scan.processes) {
    if (withPool.has(process)) continue;
    const first = result.lanes.length;
    addLaneSets(process.laneSets ?? [], '', undefined, result);
    result.lanesOfProcess.set(process, result.lanes.slice(first));
  }
  return result;
}

function addPoolLane(pool: ScannedPool, process: FlowElementsContainer | undefined, result: LaneScan): void {
  const elements = [...(process?.flowElements ?? []), ...(process?.artifacts ?? [])];
  result.lanes.push({
    element: pool.element,
    label: '',
    kind: laneKindOf(pool.element) ?? (elements.length > 0 ? 'orgUnit' : 'external'),
    isPool: true,
    pool,
  });
}

function addLaneSets(
  laneSets: readonly LaneSet[],
  prefix: string,
  pool: ScannedPool | undefined,
  result: LaneScan,
): void {
  for (const lane of laneSets.flatMap((laneSet) => laneSet.lanes ?? [])) addLane(lane, prefix, pool, result);
}

function addLane(lane: Lane, prefix: string, pool: ScannedPool | undefined, result: LaneScan): void {
  const label = prefix + (lane.name ?? '');
  const children = lane.childLaneSet;
  if (children !== undefined && (children.lanes ?? []).length > 0) {
    result.warnings.push({ code: 'nested-lanes', params: { lane: label } });
    result.merged.push(lane);
    addLaneSets([children], `${label} / `, pool, result);
    return;
  }
  const scanned: ScannedLane = { element: lane, label, kind: laneKindOf(lane) ?? 'orgUnit', isPool: false };
  if (pool !== undefined) scanned.pool = pool;
  result.lanes.push(scanned);
  for (const node of lane.flowNodeRef ?? []) result.laneOf.set(node, scanned);
}

function laneKindOf(element: BaseElement): LaneKind | undefined {
  const kind = element.laneKind;
  return (LANE_KINDS as readonly (string | undefined)[]).includes(kind) ? (kind as LaneKind) : undefined;
}
