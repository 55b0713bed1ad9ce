// Typed views of the bpmn-moddle elements this package reads and writes (only the properties we use).
import type { ModdleElement } from 'bpmn-moddle';

export type { ModdleElement };

export interface BaseElement extends ModdleElement {
  name?: string;
  documentation?: Documentation[];
  lane?: string;
  extensionElements?: ExtensionElements;
  originalId?: string;
  laneKind?: string;
  sourceHandle?: string;
  targetHandle?: string;
  noLane?: boolean;
  label?: string;
  noPool?: boolean;
  laneId?: string;
  edgeKind?: string;
  link?: string;
  routed?: boolean;
}

export interface Documentation extends ModdleElement {
  text?: string;
}

export interface ExtensionElements extends ModdleElement {
  values?: ModdleElement[];
}

export interface PwAttrs extends ModdleElement {
  role?: string;
  durationMin?: number;
  waitMin?: number;
  casesPerYear?: number;
  medium?: string;
  itSystem?: string;
  legalBasis?: string;
  description?: string;
}

export interface Definitions extends BaseElement {
  rootElements?: BaseElement[];
  diagrams?: Diagram[];
}

export interface FlowElementsContainer extends BaseElement {
  flowElements?: BaseElement[];
  artifacts?: BaseElement[];
  laneSets?: LaneSet[];
}

export interface SubProcess extends FlowElementsContainer {
  triggeredByEvent?: boolean;
}

export interface Collaboration extends BaseElement {
  participants?: Participant[];
  messageFlows?: Flow[];
  artifacts?: BaseElement[];
  conversations?: BaseElement[];
  conversationLinks?: BaseElement[];
}

export interface Participant extends BaseElement {
  processRef?: FlowElementsContainer;
}

export interface LaneSet extends BaseElement {
  lanes?: Lane[];
}

export interface Lane extends BaseElement {
  flowNodeRef?: BaseElement[];
  childLaneSet?: LaneSet;
}

export interface Flow extends BaseElement {
  sourceRef?: BaseElement;
  targetRef?: BaseElement;
}

export interface DataAssociation extends BaseElement {
  sourceRef?: BaseElement[];
  targetRef?: BaseElement;
}

export interface Activity extends BaseElement {
  dataInputAssociations?: DataAssociation[];
  dataOutputAssociations?: DataAssociation[];
}

export interface BpmnEvent extends BaseElement {
  eventDefinitions?: ModdleElement[];
}

export interface TextAnnotation extends BaseElement {
  text?: string;
}

export interface Diagram extends ModdleElement {
  plane?: Plane;
}

export interface Plane extends ModdleElement {
  bpmnElement?: BaseElement;
  planeElement?: DiElement[];
}

export interface DiElement extends ModdleElement {
  bpmnElement?: BaseElement;
  bounds?: { x: number; y: number; width: number; height: number };
  waypoint?: { x: number; y: number }[];
  isExpanded?: boolean;
}
