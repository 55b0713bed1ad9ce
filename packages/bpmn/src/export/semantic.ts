// Builds the BPMN semantic model of a map: a collaboration with one participant per pool, their processes, flows and artifacts.
import type { BpmnModdle } from 'bpmn-moddle';
import type { Lane, Pool, ProcessEdge, ProcessMap, ProcessNode } from '@prozesswerk/process-model';
import { EXPORTER, RESERVED_IDS, toBpmnId } from '../ids.ts';
import type { ModdleElement } from '../moddle-types.ts';
import { createIdRegistry } from './elements.ts';
import type { BpmnIds } from './elements.ts';
import { MAIN, nodeHomes, type Home } from './homes.ts';
import { addNodes } from './semantic-nodes.ts';
import { addEdges } from './semantic-edges.ts';
import { xmlText } from './xml-text.ts';

export interface SemanticModel {
  definitions: ModdleElement;
  /** The element the diagram plane shows: the collaboration when there is one, else the process. */
  planeElement: ModdleElement;
  /** Participants by pool id; the one of lanes and nodes without pool under MAIN (''). */
  participants: Map<Home, ModdleElement>;
  lanes: Map<Lane['id'], ModdleElement>;
  nodes: Map<ProcessNode['id'], ModdleElement>;
  edges: Map<ProcessEdge['id'], ModdleElement>;
  homes: Map<string, Home>;
}

export interface ProcessPart {
  process: ModdleElement;
  lanes: Lane[];
  /** A pool drawn around one unnamed lane: no lane set, the pool is the lane. */
  poolLane?: Lane;
}

/*
 * With pools, or lanes, the map becomes a collaboration: one participant per pool with its own
 * process, plus one participant marked `pw:noPool` for lanes and nodes outside every pool. A map
 * without either is a bare process. The process title names the collaboration and that process.
 */
export function buildSemantic(moddle: BpmnModdle, map: ProcessMap, name: string): SemanticModel {
  const title = xmlText(name);
  const ids = createIdRegistry();
  const homes = nodeHomes(map);
  const pools = map.pools ?? [];
  const parts = new Map<Home, ProcessPart>();
  const freeLanes = map.lanes.filter(
    (lane) => lane.poolId === undefined || !pools.some((p) => p.id === lane.poolId),
  );
  const mainNeeded = pools.length === 0 || freeLanes.length > 0 || [...homes.values()].includes(MAIN);
  if (mainNeeded) {
    const process = moddle.create('bpmn:Process', {
      id: RESERVED_IDS.process,
      name: title,
      isExecutable: false,
    });
    parts.set(MAIN, { process, lanes: freeLanes });
  }
  for (const pool of pools) {
    const process = moddle.create('bpmn:Process', {
      id: `pw__process_${toBpmnId(pool.id)}`,
      name: xmlText(pool.label),
      isExecutable: false,
    });
    const lanes = map.lanes.filter((lane) => lane.poolId === pool.id);
    const only = lanes.length === 1 ? lanes[0] : undefined;
    parts.set(
      pool.id,
      only !== undefined && only.label === '' ? { process, lanes: [], poolLane: only } : { process, lanes },
    );
  }
  const lanes = createLanes(moddle, parts, ids);
  const useCollaboration = pools.length > 0 || freeLanes.length > 0;
  const collaboration = useCollaboration
    ? moddle.create('bpmn:Collaboration', { id: RESERVED_IDS.collaboration, name: title })
    : undefined;
  const participants = new Map<Home, ModdleElement>();
  if (collaboration !== undefined) {
    for (const [home, part] of parts)
      participants.set(home, createParticipant(moddle, home, part, pools, title, ids));
    collaboration.set('participants', [...participants.values()]);
  }
  const mainProcess = [...parts.values()][0]?.process as ModdleElement;
  const artifacts: ModdleElement[] = [];
  const messageFlows: ModdleElement[] = [];
  const nodes = addNodes(moddle, map, { ids, homes, parts, lanes, participants });
  const edges = addEdges(map, {
    moddle,
    ids,
    nodes: nodes.elements,
    participants: new Map([...participants].filter(([home]) => home !== MAIN)),
    homes,
    containerOf: (id) => nodes.containers.get(id),
    messageFlows: collaboration === undefined ? undefined : messageFlows,
    artifacts,
  });
  if (collaboration !== undefined) {
    if (messageFlows.length > 0) collaboration.set('messageFlows', messageFlows);
    if (artifacts.length > 0) collaboration.set('artifacts', artifacts);
  } else if (artifacts.length > 0) {
    (mainProcess.get('artifacts') as ModdleElement[]).push(...artifacts);
  }
  const definitions = moddle.create('bpmn:Definitions', {
    id: RESERVED_IDS.definitions,
    name: title,
    targetNamespace: 'https://prozesswerk.de/bpmn',
    exporter: EXPORTER,
    exporterVersion: '2',
  });
  const processes = [...parts.values()].map((part) => part.process);
  definitions.set('rootElements', [...(collaboration ? [collaboration] : []), ...processes, ...nodes.roots]);
  return {
    definitions,
    planeElement: collaboration ?? mainProcess,
    participants,
    lanes,
    nodes: nodes.elements,
    edges,
    homes,
  };
}

function createParticipant(
  moddle: BpmnModdle,
  home: Home,
  part: ProcessPart,
  pools: readonly Pool[],
  title: string,
  ids: (id: string) => BpmnIds,
): ModdleElement {
  const pool = pools.find((candidate) => candidate.id === home);
  if (pool === undefined) {
    return moddle.create('bpmn:Participant', {
      id: RESERVED_IDS.participant,
      name: title,
      processRef: part.process,
      noPool: true,
    });
  }
  const participant = moddle.create('bpmn:Participant', {
    ...ids(pool.id),
    name: xmlText(pool.label),
    processRef: part.process,
  });
  if (part.poolLane !== undefined) {
    participant.set('laneId', xmlText(part.poolLane.id));
    participant.set('laneKind', part.poolLane.kind);
  }
  return participant;
}

function createLanes(
  moddle: BpmnModdle,
  parts: ReadonlyMap<Home, ProcessPart>,
  ids: (id: string) => BpmnIds,
): Map<Lane['id'], ModdleElement> {
  const lanes = new Map<Lane['id'], ModdleElement>();
  for (const [home, part] of parts) {
    if (part.lanes.length === 0) continue;
    const elements = part.lanes.map((lane) => {
      const fields = { ...ids(lane.id), name: xmlText(lane.label), laneKind: lane.kind, flowNodeRef: [] };
      const element = moddle.create('bpmn:Lane', fields);
      lanes.set(lane.id, element);
      return element;
    });
    const id = home === MAIN ? RESERVED_IDS.laneSet : `pw__laneset_${toBpmnId(home)}`;
    part.process.set('laneSets', [moddle.create('bpmn:LaneSet', { id, lanes: elements })]);
  }
  return lanes;
}
