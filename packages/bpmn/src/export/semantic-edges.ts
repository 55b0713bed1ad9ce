// Writes each edge as what BPMN allows where it is drawn: sequence flow, message flow, data association or association.
import type { BpmnModdle } from 'bpmn-moddle';
import { isDataKind } from '@prozesswerk/process-model';
import type { ProcessEdge, ProcessMap, ProcessNode } from '@prozesswerk/process-model';
import type { ModdleElement } from '../moddle-types.ts';
import type { BpmnIds } from './elements.ts';
import type { Home } from './homes.ts';
import { xmlText } from './xml-text.ts';

export interface EdgeContext {
  moddle: BpmnModdle;
  ids: (id: string) => BpmnIds;
  nodes: ReadonlyMap<ProcessNode['id'], ModdleElement>;
  participants: ReadonlyMap<string, ModdleElement>;
  homes: ReadonlyMap<string, Home>;
  /** The process or sub-process whose flowElements hold a node. */
  containerOf: (nodeId: ProcessNode['id']) => ModdleElement | undefined;
  /** Where message flows and associations go: the collaboration, else the main process. */
  messageFlows: ModdleElement[] | undefined;
  artifacts: ModdleElement[];
}

/*
 * A sequence flow must stay inside one process or sub-process and a message flow must cross pools;
 * a connection drawn otherwise is written as an association marked with `pw:edgeKind`, so the file
 * stays valid and our import restores it. A connection between data and an activity or event is a
 * data association (input into the activity, output out of it), as BPMN wants. Edges to a node the
 * map does not have (left by a concurrent delete) are not written.
 */
export function addEdges(map: ProcessMap, context: EdgeContext): Map<ProcessEdge['id'], ModdleElement> {
  const kindOf = new Map(map.nodes.map((node) => [node.id as string, node.kind] as const));
  const edges = new Map<ProcessEdge['id'], ModdleElement>();
  for (const edge of map.edges) {
    const source = context.nodes.get(edge.source) ?? context.participants.get(edge.source);
    const target = context.nodes.get(edge.target) ?? context.participants.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const element = writeEdge(edge, source, target, context, kindOf);
    if (element !== undefined) edges.set(edge.id, element);
  }
  return edges;
}

function writeEdge(
  edge: ProcessEdge,
  source: ModdleElement,
  target: ModdleElement,
  context: EdgeContext,
  kindOf: ReadonlyMap<string, ProcessNode['kind']>,
): ModdleElement | undefined {
  const { moddle } = context;
  const ids = context.ids(edge.id);
  const common = handles(edge);
  if (edge.kind === 'sequence' && isFlowNode(source) && isFlowNode(target)) {
    const container = context.containerOf(edge.source);
    if (container !== undefined && container === context.containerOf(edge.target)) {
      const flow = moddle.create('bpmn:SequenceFlow', {
        ...ids,
        ...common,
        sourceRef: source,
        targetRef: target,
      });
      if (edge.label !== undefined) flow.set('name', xmlText(edge.label));
      if (edge.condition !== undefined)
        flow.set(
          'conditionExpression',
          moddle.create('bpmn:FormalExpression', { body: xmlText(edge.condition) }),
        );
      (source.get('outgoing') as ModdleElement[]).push(flow);
      (target.get('incoming') as ModdleElement[]).push(flow);
      if (edge.isDefault === true && hasDefault(source)) source.set('default', flow);
      (container.get('flowElements') as ModdleElement[]).push(flow);
      return flow;
    }
  }
  if (edge.kind === 'message' && context.messageFlows !== undefined) {
    const from = context.homes.get(edge.source) ?? edge.source;
    const to = context.homes.get(edge.target) ?? edge.target;
    if (from !== to) {
      const flow = moddle.create('bpmn:MessageFlow', {
        ...ids,
        ...common,
        sourceRef: source,
        targetRef: target,
      });
      if (edge.label !== undefined) flow.set('name', xmlText(edge.label));
      context.messageFlows.push(flow);
      return flow;
    }
  }
  if (edge.kind === 'association') {
    const data = dataAssociation(edge, source, target, context, kindOf);
    if (data !== undefined) return data;
  }
  const association = moddle.create('bpmn:Association', {
    ...ids,
    ...common,
    sourceRef: source,
    targetRef: target,
  });
  if (edge.label !== undefined) association.set('label', xmlText(edge.label));
  if (edge.kind !== 'association') association.set('edgeKind', edge.kind);
  context.artifacts.push(association);
  return association;
}

function dataAssociation(
  edge: ProcessEdge,
  source: ModdleElement,
  target: ModdleElement,
  context: EdgeContext,
  kindOf: ReadonlyMap<string, ProcessNode['kind']>,
): ModdleElement | undefined {
  const { moddle } = context;
  const ids = { ...context.ids(edge.id), ...handles(edge) };
  const label = edge.label === undefined ? {} : { label: xmlText(edge.label) };
  const sourceKind = kindOf.get(edge.source);
  const targetKind = kindOf.get(edge.target);
  if (sourceKind !== undefined && isDataKind(sourceKind) && takesInput(target)) {
    const fields: Record<string, unknown> = { ...ids, ...label, sourceRef: [source] };
    if (target.$instanceOf('bpmn:Activity')) fields.targetRef = placeholder(moddle, target, ids.id);
    const association = moddle.create('bpmn:DataInputAssociation', fields);
    (target.get('dataInputAssociations') as ModdleElement[]).push(association);
    return association;
  }
  if (targetKind !== undefined && isDataKind(targetKind) && givesOutput(source)) {
    const association = moddle.create('bpmn:DataOutputAssociation', { ...ids, ...label, targetRef: target });
    (source.get('dataOutputAssociations') as ModdleElement[]).push(association);
    return association;
  }
  return undefined;
}

// What bpmn.io writes as an input association's target: a property of the activity standing for the input.
function placeholder(moddle: BpmnModdle, activity: ModdleElement, associationId: string): ModdleElement {
  const property = moddle.create('bpmn:Property', {
    id: `pw__property_${associationId}`,
    name: '__targetRef_placeholder',
  });
  (activity.get('properties') as ModdleElement[]).push(property);
  return property;
}

const isFlowNode = (element: ModdleElement) => element.$instanceOf('bpmn:FlowNode');
const takesInput = (element: ModdleElement) =>
  element.$instanceOf('bpmn:Activity') || element.$instanceOf('bpmn:ThrowEvent');
const givesOutput = (element: ModdleElement) =>
  element.$instanceOf('bpmn:Activity') || element.$instanceOf('bpmn:CatchEvent');
const hasDefault = (element: ModdleElement) =>
  element.$instanceOf('bpmn:Activity') ||
  ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:ComplexGateway'].includes(element.$type);

function handles(edge: ProcessEdge): Record<string, string> {
  const result: Record<string, string> = {};
  if (edge.sourceHandle !== undefined) result.sourceHandle = xmlText(edge.sourceHandle);
  if (edge.targetHandle !== undefined) result.targetHandle = xmlText(edge.targetHandle);
  return result;
}
