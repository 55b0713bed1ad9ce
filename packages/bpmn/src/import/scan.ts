// Walks parsed BPMN definitions and sorts every visible element into nodes, flows and unsupported.
import type { EdgeKind, NodeKind } from '@prozesswerk/process-model';
import type { ImportNote } from './notes.ts';
import type {
  Activity,
  BaseElement,
  Collaboration,
  DataAssociation,
  Definitions,
  Flow,
  FlowElementsContainer,
  TextAnnotation,
} from '../moddle-types.ts';
import { INVISIBLE_TYPES, mappingWarning, nodeKindOf, unsupportedName } from './classify.ts';

export interface Unsupported {
  element: string;
  id?: string;
  name?: string;
}

export interface ScannedNode {
  element: BaseElement;
  kind: NodeKind;
  label: string;
}

export interface ScannedFlow {
  element: BaseElement;
  /** Set when one BPMN element gives several edges (a data association with several sources). */
  index?: number;
  kind: EdgeKind;
  source?: BaseElement;
  target?: BaseElement;
}

export interface Scan {
  nodes: ScannedNode[];
  flows: ScannedFlow[];
  unsupported: Unsupported[];
  processes: FlowElementsContainer[];
  collaborations: Collaboration[];
  warnings: ImportNote[];
}

/*
 * Visible elements are flow elements and artifacts of processes and collaborations, message flows,
 * and participants and lanes (handled by lanes.ts). Root definitions without a shape (messages,
 * signals, item definitions, data stores, categories) are not part of the picture and are skipped.
 * The content of an unsupported container (an event sub-process) goes with its entry; the content
 * of a sub-process or transaction imported as one activity is reported element by element.
 */
export function scanDefinitions(definitions: Definitions): Scan {
  const scan: Scan = {
    nodes: [],
    flows: [],
    unsupported: [],
    processes: [],
    collaborations: [],
    warnings: [],
  };
  for (const root of definitions.rootElements ?? []) {
    if (root.$type === 'bpmn:Process') {
      scan.processes.push(root);
      scanContainer(root, scan);
    } else if (root.$type === 'bpmn:Collaboration') {
      scan.collaborations.push(root);
      scanCollaboration(root, scan);
    } else if (root.$type === 'bpmn:Choreography' || root.$type === 'bpmn:GlobalConversation') {
      scan.unsupported.push(unsupported(root));
    }
  }
  return scan;
}

function scanContainer(container: FlowElementsContainer, scan: Scan): void {
  for (const element of container.flowElements ?? []) {
    if (element.$type === 'bpmn:SequenceFlow') {
      scan.flows.push(flowOf(element, 'sequence'));
    } else if (INVISIBLE_TYPES.has(element.$type)) {
      continue;
    } else {
      scanNode(element, scan);
    }
  }
  scanArtifacts(container.artifacts ?? [], scan);
}

function scanNode(element: BaseElement, scan: Scan): void {
  const kind = nodeKindOf(element);
  if (kind === undefined) {
    scan.unsupported.push(unsupported(element));
    return;
  }
  scan.nodes.push({ element, kind, label: element.name ?? '' });
  const warning = mappingWarning(element, kind);
  if (warning !== undefined) scan.warnings.push(warning);
  scanDataAssociations(element as Activity, scan);
  if (element.$instanceOf('bpmn:SubProcess')) {
    const inner = element as FlowElementsContainer;
    for (const child of [...(inner.flowElements ?? []), ...(inner.artifacts ?? [])]) {
      if (!INVISIBLE_TYPES.has(child.$type)) scan.unsupported.push(unsupported(child));
    }
  }
}

// Data associations hang off the activity or event: an input points into it, an output out of it.
function scanDataAssociations(owner: Activity, scan: Scan): void {
  for (const association of owner.dataInputAssociations ?? []) {
    const sources = association.sourceRef ?? [];
    if (sources.length === 0) scan.unsupported.push(unsupported(association));
    sources.forEach((source, index) => scan.flows.push(dataFlow(association, source, owner, index)));
  }
  for (const association of owner.dataOutputAssociations ?? []) {
    scan.flows.push(dataFlow(association, owner, association.targetRef, 0));
  }
}

function dataFlow(
  element: DataAssociation,
  source: BaseElement | undefined,
  target: BaseElement | undefined,
  index: number,
): ScannedFlow {
  const flow: ScannedFlow = { element, kind: 'association', source, target };
  if (index > 0) flow.index = index;
  return flow;
}

function scanArtifacts(artifacts: readonly BaseElement[], scan: Scan): void {
  for (const artifact of artifacts) {
    if (artifact.$type === 'bpmn:TextAnnotation') {
      const label = artifact.label ?? (artifact as TextAnnotation).text ?? '';
      scan.nodes.push({ element: artifact, kind: 'note', label });
    } else if (artifact.$type === 'bpmn:Association') {
      scan.flows.push(flowOf(artifact, 'association'));
    } else {
      scan.unsupported.push(unsupported(artifact));
    }
  }
}

function scanCollaboration(collaboration: Collaboration, scan: Scan): void {
  for (const flow of collaboration.messageFlows ?? []) scan.flows.push(flowOf(flow, 'message'));
  scanArtifacts(collaboration.artifacts ?? [], scan);
  for (const other of [...(collaboration.conversations ?? []), ...(collaboration.conversationLinks ?? [])]) {
    scan.unsupported.push(unsupported(other));
  }
}

function flowOf(element: Flow, kind: EdgeKind): ScannedFlow {
  return { element, kind, source: element.sourceRef, target: element.targetRef };
}

export function unsupported(element: BaseElement): Unsupported {
  const entry: Unsupported = { element: unsupportedName(element) };
  if (element.id !== undefined) entry.id = element.id;
  if (element.name !== undefined && element.name !== '') entry.name = element.name;
  return entry;
}
