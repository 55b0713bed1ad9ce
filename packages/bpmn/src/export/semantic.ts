// Builds the BPMN semantic model of a map: one pool (participant) with a lane set, its process, flows and artifacts.
import type { BpmnModdle } from 'bpmn-moddle';
import type { Lane, ProcessEdge, ProcessMap, ProcessNode } from '@prozesswerk/process-model';
import { dataObjectId, EXPORTER, RESERVED_IDS } from '../ids.ts';
import type { ModdleElement } from '../moddle-types.ts';
import { createEdge, createIdRegistry, createNode } from './elements.ts';
import type { BpmnIds } from './elements.ts';
import { xmlText } from './xml-text.ts';

export interface SemanticModel {
  definitions: ModdleElement;
  /** The element the diagram plane shows: the collaboration when there is one, else the process. */
  planeElement: ModdleElement;
  participant?: ModdleElement;
  lanes: Map<Lane['id'], ModdleElement>;
  nodes: Map<ProcessNode['id'], ModdleElement>;
  edges: Map<ProcessEdge['id'], ModdleElement>;
}

interface Containers {
  flowElements: ModdleElement[];
  artifacts: ModdleElement[];
  messageFlows: ModdleElement[];
}

/*
 * A pool exists when the map has lanes (it holds the lane set) or message flows (BPMN keeps those
 * in a collaboration); a pool only there for message flows is marked `pw:noLane`.
 */
export function buildSemantic(moddle: BpmnModdle, map: ProcessMap, name: string): SemanticModel {
  const processName = xmlText(name);
  const ids = createIdRegistry();
  const into: Containers = { flowElements: [], artifacts: [], messageFlows: [] };
  const lanes = createLanes(moddle, map, ids);
  const nodes = addNodes(moddle, map, ids, lanes, into);
  const edges = addEdges(moddle, map, ids, nodes, into);
  const process = moddle.create('bpmn:Process', {
    id: RESERVED_IDS.process,
    name: processName,
    isExecutable: false,
  });
  if (lanes.size > 0) {
    process.set('laneSets', [
      moddle.create('bpmn:LaneSet', { id: RESERVED_IDS.laneSet, lanes: [...lanes.values()] }),
    ]);
  }
  process.set('flowElements', into.flowElements);
  if (into.artifacts.length > 0) process.set('artifacts', into.artifacts);

  const definitions = moddle.create('bpmn:Definitions', {
    id: RESERVED_IDS.definitions,
    targetNamespace: 'https://prozesswerk.de/bpmn',
    exporter: EXPORTER,
    exporterVersion: '1',
  });
  if (lanes.size === 0 && into.messageFlows.length === 0) {
    definitions.set('rootElements', [process]);
    return { definitions, planeElement: process, lanes, nodes, edges };
  }
  const participant = moddle.create('bpmn:Participant', {
    id: RESERVED_IDS.participant,
    name: processName,
    processRef: process,
  });
  if (lanes.size === 0) participant.set('noLane', true);
  const collaboration = moddle.create('bpmn:Collaboration', {
    id: RESERVED_IDS.collaboration,
    participants: [participant],
  });
  if (into.messageFlows.length > 0) collaboration.set('messageFlows', into.messageFlows);
  definitions.set('rootElements', [collaboration, process]);
  return { definitions, planeElement: collaboration, participant, lanes, nodes, edges };
}

function createLanes(
  moddle: BpmnModdle,
  map: ProcessMap,
  ids: (id: string) => BpmnIds,
): SemanticModel['lanes'] {
  const lanes = new Map<Lane['id'], ModdleElement>();
  for (const lane of map.lanes) {
    const fields = { ...ids(lane.id), name: xmlText(lane.label), laneKind: lane.kind, flowNodeRef: [] };
    lanes.set(lane.id, moddle.create('bpmn:Lane', fields));
  }
  return lanes;
}

/*
 * Flow nodes are listed in their lane's flowNodeRef; documents and notes are not flow nodes in
 * BPMN, so their lane travels as `pw:lane`. A document is a reference to its own data object.
 */
function addNodes(
  moddle: BpmnModdle,
  map: ProcessMap,
  ids: (id: string) => BpmnIds,
  lanes: SemanticModel['lanes'],
  into: Containers,
): SemanticModel['nodes'] {
  const nodes = new Map<ProcessNode['id'], ModdleElement>();
  for (const node of map.nodes) {
    const element = createNode(moddle, node, ids(node.id));
    nodes.set(node.id, element);
    (node.kind === 'note' ? into.artifacts : into.flowElements).push(element);
    if (node.kind === 'document') {
      const dataObject = moddle.create('bpmn:DataObject', { id: dataObjectId(element.id ?? '') });
      element.set('dataObjectRef', dataObject);
      into.flowElements.push(dataObject);
    }
    const lane = node.laneId === undefined ? undefined : lanes.get(node.laneId);
    if (lane === undefined) continue;
    if (element.$instanceOf('bpmn:FlowNode')) (lane.get('flowNodeRef') as ModdleElement[]).push(element);
    else element.set('lane', lane.id);
  }
  return nodes;
}

// Edges to a node the map does not have (left by a concurrent delete) are not written.
function addEdges(
  moddle: BpmnModdle,
  map: ProcessMap,
  ids: (id: string) => BpmnIds,
  nodes: SemanticModel['nodes'],
  into: Containers,
): SemanticModel['edges'] {
  const edges = new Map<ProcessEdge['id'], ModdleElement>();
  for (const edge of map.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const element = createEdge(moddle, edge, ids(edge.id), source, target);
    edges.set(edge.id, element);
    const container = {
      message: into.messageFlows,
      association: into.artifacts,
      sequence: into.flowElements,
    };
    container[edge.kind].push(element);
  }
  return edges;
}
