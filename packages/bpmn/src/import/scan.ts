// Walks one part of parsed BPMN definitions and sorts every visible element into nodes, flows and reported ones.
import type { BpmnEdgeFields, BpmnNodeFields, EdgeKind, NodeKind } from '@prozesswerk/process-model';
import type {
  Activity,
  BaseElement,
  Collaboration,
  DataAssociation,
  Flow,
  FlowElementsContainer,
  ModdleElement,
  Participant,
  TextAnnotation,
} from '../moddle-types.ts';
import { classify, expressionText } from './element-fields.ts';
import type { ImportNote } from './notes.ts';
import type { Part } from './parts.ts';
import { unsupported, type Unsupported, type UnsupportedReason } from './unsupported.ts';

export type { Unsupported };

export interface ScannedNode {
  element: BaseElement;
  kind: NodeKind;
  fields: BpmnNodeFields;
  label: string;
  /** The expanded sub-process the node is drawn in. */
  parent?: BaseElement;
  /** The activity a boundary event sits on. */
  host?: BaseElement;
  /** The process (top-level container) the node belongs to; undefined for a collaboration's artifacts. */
  process?: FlowElementsContainer;
}

export interface ScannedFlow {
  element: BaseElement;
  /** Set when one BPMN element gives several edges (a data association with several sources). */
  index?: number;
  kind: EdgeKind;
  source?: BaseElement;
  target?: BaseElement;
  fields: BpmnEdgeFields;
}

export interface Scan {
  nodes: ScannedNode[];
  flows: ScannedFlow[];
  unsupported: Unsupported[];
  processes: FlowElementsContainer[];
  collaborations: Collaboration[];
  participants: Participant[];
  warnings: ImportNote[];
}

export interface ScanContext {
  /** Elements with a shape in the part's diagram (or in any diagram when the part has none). */
  drawn: ReadonlySet<BaseElement>;
  /** Whether a sub-process is drawn open, with its content beside it on the same plane. */
  isExpanded(element: BaseElement): boolean;
}

/*
 * Visible elements are flow elements and artifacts of processes and collaborations, message flows,
 * the process's data inputs and outputs when drawn, and participants and lanes (see lanes.ts). Root
 * definitions without a shape (messages, signals, item definitions, data stores, categories) and
 * data objects drawn only through a reference are not part of the picture. The content of an
 * expanded sub-process is imported inside it; of a collapsed one, reported element by element.
 */
export function scanPart(part: Part, context: ScanContext): Scan {
  const scan: Scan = {
    nodes: [],
    flows: [],
    unsupported: [],
    processes: part.processes,
    collaborations: part.collaborations,
    participants: part.collaborations.flatMap((collaboration) => collaboration.participants ?? []),
    warnings: [],
  };
  for (const process of part.processes) {
    scanContainer(process, scan, context, { process });
    scanProcessData(process, scan, context);
  }
  for (const collaboration of part.collaborations) scanCollaboration(collaboration, scan);
  return scan;
}

interface Place {
  process: FlowElementsContainer;
  parent?: BaseElement;
}

function scanContainer(
  container: FlowElementsContainer,
  scan: Scan,
  context: ScanContext,
  place: Place,
): void {
  for (const element of container.flowElements ?? []) {
    if (element.$type === 'bpmn:SequenceFlow') scan.flows.push(sequenceFlow(element));
    else if (element.$type === 'bpmn:DataObject' && !context.drawn.has(element)) continue;
    else scanNode(element, scan, context, place);
  }
  scanArtifacts(container.artifacts ?? [], scan, place);
}

function scanNode(element: BaseElement, scan: Scan, context: ScanContext, place: Place): void {
  const classified = classify(element);
  if (classified === undefined) {
    scan.unsupported.push(unsupported(element, 'not-supported'));
    return;
  }
  const node: ScannedNode = { element, ...classified, label: element.name ?? '', process: place.process };
  if (place.parent !== undefined) node.parent = place.parent;
  const host = element.get('attachedToRef') as BaseElement | undefined;
  if (element.$type === 'bpmn:BoundaryEvent' && host !== undefined) node.host = host;
  scan.nodes.push(node);
  scanDataAssociations(element as Activity, scan);
  if (!element.$instanceOf('bpmn:SubProcess')) return;
  if (context.isExpanded(element)) {
    node.fields.expanded = true;
    scanContainer(element as FlowElementsContainer, scan, context, { ...place, parent: element });
  } else {
    reportContent(element as FlowElementsContainer, scan, 'collapsed-content', element.name ?? '');
  }
}

/** Reports everything visible inside a container (and its sub-processes) with one reason. */
export function reportContent(
  container: FlowElementsContainer,
  scan: Pick<Scan, 'unsupported'>,
  reason: UnsupportedReason,
  where: string,
): void {
  for (const child of [...(container.flowElements ?? []), ...(container.artifacts ?? [])]) {
    if (child.$type === 'bpmn:DataObject') continue;
    scan.unsupported.push(unsupported(child, reason, where));
    if (child.$instanceOf('bpmn:SubProcess'))
      reportContent(child as FlowElementsContainer, scan, reason, where);
  }
}

function sequenceFlow(element: Flow): ScannedFlow {
  const flow = flowOf(element, 'sequence');
  const condition = expressionText(element.get('conditionExpression') as ModdleElement | undefined);
  if (condition !== undefined) flow.fields.condition = condition;
  const source = element.sourceRef;
  if (source !== undefined && source.get('default') === element) flow.fields.isDefault = true;
  return flow;
}

// Data associations hang off the activity or event: an input points into it, an output out of it.
function scanDataAssociations(owner: Activity, scan: Scan): void {
  for (const association of owner.dataInputAssociations ?? []) {
    const sources = association.sourceRef ?? [];
    if (sources.length === 0) scan.unsupported.push(unsupported(association, 'no-ends'));
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
  const flow: ScannedFlow = { element, kind: 'association', source, target, fields: {} };
  if (index > 0) flow.index = index;
  return flow;
}

// The inputs and outputs of the process itself, when the diagram draws them.
function scanProcessData(process: FlowElementsContainer, scan: Scan, context: ScanContext): void {
  const io = process.get('ioSpecification') as ModdleElement | undefined;
  const data = [
    ...((io?.get('dataInputs') as BaseElement[] | undefined) ?? []),
    ...((io?.get('dataOutputs') as BaseElement[] | undefined) ?? []),
  ];
  for (const element of data) if (context.drawn.has(element)) scanNode(element, scan, context, { process });
}

function scanArtifacts(artifacts: readonly BaseElement[], scan: Scan, place: Partial<Place>): void {
  for (const artifact of artifacts) {
    if (artifact.$type === 'bpmn:TextAnnotation') {
      const label = artifact.label ?? (artifact as TextAnnotation).text ?? '';
      scan.nodes.push({ element: artifact, kind: 'note', fields: {}, label, ...definedPlace(place) });
    } else if (artifact.$type === 'bpmn:Group') {
      const category = artifact.get('categoryValueRef') as ModdleElement | undefined;
      const label = artifact.name ?? (category?.get('value') as string | undefined) ?? '';
      scan.nodes.push({ element: artifact, kind: 'group', fields: {}, label, ...definedPlace(place) });
    } else if (artifact.$type === 'bpmn:Association') {
      // Our export writes a connection BPMN does not allow where it is drawn as a marked association.
      const kind =
        artifact.edgeKind === 'message' || artifact.edgeKind === 'sequence'
          ? artifact.edgeKind
          : 'association';
      scan.flows.push(flowOf(artifact, kind));
    } else {
      scan.unsupported.push(unsupported(artifact, 'not-supported'));
    }
  }
}

function definedPlace(place: Partial<Place>): Partial<Pick<ScannedNode, 'process' | 'parent'>> {
  const result: Partial<Pick<ScannedNode, 'process' | 'parent'>> = {};
  if (place.process !== undefined) result.process = place.process;
  if (place.parent !== undefined) result.parent = place.parent;
  return result;
}

function scanCollaboration(collaboration: Collaboration, scan: Scan): void {
  for (const flow of collaboration.messageFlows ?? []) scan.flows.push(flowOf(flow, 'message'));
  scanArtifacts(collaboration.artifacts ?? [], scan, {});
  for (const other of [...(collaboration.conversations ?? []), ...(collaboration.conversationLinks ?? [])]) {
    scan.unsupported.push(unsupported(other, 'conversation'));
  }
}

function flowOf(element: Flow, kind: EdgeKind): ScannedFlow {
  return { element, kind, source: element.sourceRef, target: element.targetRef, fields: {} };
}
