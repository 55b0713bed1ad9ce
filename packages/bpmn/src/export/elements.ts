// Creates the BPMN element for one node or edge of the map, with our attributes in the pw namespace.
import type { BpmnModdle } from 'bpmn-moddle';
import type { ActivityAttrs, EdgeKind, NodeKind, ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import { ATTR_KEYS } from '@prozesswerk/process-model';
import { RESERVED_IDS, toBpmnId } from '../ids.ts';
import type { ModdleElement } from '../moddle-types.ts';
import { xmlText } from './xml-text.ts';

export interface BpmnIds {
  id: string;
  originalId?: string;
}

// An unknown kind (from a newer client) goes out as a plain task, the box it is drawn as.
const TYPE_BY_KIND: Readonly<Record<NodeKind | 'unknown', string>> = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  activity: 'bpmn:Task',
  decision: 'bpmn:ExclusiveGateway',
  parallel: 'bpmn:ParallelGateway',
  document: 'bpmn:DataObjectReference',
  note: 'bpmn:TextAnnotation',
  unknown: 'bpmn:Task',
};

const TYPE_BY_EDGE_KIND: Readonly<Record<EdgeKind, string>> = {
  sequence: 'bpmn:SequenceFlow',
  message: 'bpmn:MessageFlow',
  association: 'bpmn:Association',
};

// BPMN ids share one namespace; our nodes, edges and lanes do not. A clash keeps our id in pw:originalId.
export function createIdRegistry(): (id: string) => BpmnIds {
  const used = new Set<string>(Object.values(RESERVED_IDS));
  return (id) => {
    const base = toBpmnId(id);
    let bpmnId = base;
    for (let n = 2; used.has(bpmnId); n += 1) bpmnId = `${base}_${n}`;
    used.add(bpmnId);
    return bpmnId === base ? { id: bpmnId } : { id: bpmnId, originalId: id };
  };
}

// Our attributes go into `<pw:attrs>`; the description also into `bpmn:documentation` for other tools.
export function createNode(moddle: BpmnModdle, node: ProcessNode, ids: BpmnIds): ModdleElement {
  const label = xmlText(node.label);
  // Element content loses surrounding whitespace; a note whose text has some keeps it in pw:label too.
  const keep = label.trim() === label ? {} : { label };
  const text = node.kind === 'note' ? { text: label, ...keep } : { name: label };
  const element = moddle.create(TYPE_BY_KIND[node.kind], { ...ids, ...text });
  const pwAttrs = attrsElement(moddle, node.attrs);
  if (pwAttrs !== undefined) {
    element.set('extensionElements', moddle.create('bpmn:ExtensionElements', { values: [pwAttrs] }));
  }
  if (node.attrs.description !== undefined && node.kind !== 'note') {
    const documentation = moddle.create('bpmn:Documentation', { text: xmlText(node.attrs.description) });
    element.set('documentation', [documentation]);
  }
  return element;
}

function attrsElement(moddle: BpmnModdle, attrs: ActivityAttrs): ModdleElement | undefined {
  const values: Record<string, unknown> = {};
  for (const key of ATTR_KEYS) {
    const value = attrs[key];
    if (value !== undefined) values[key] = typeof value === 'string' ? xmlText(value) : value;
  }
  return Object.keys(values).length === 0 ? undefined : moddle.create('pw:Attrs', values);
}

export function createEdge(
  moddle: BpmnModdle,
  edge: ProcessEdge,
  ids: BpmnIds,
  source: ModdleElement,
  target: ModdleElement,
): ModdleElement {
  const fields: Record<string, unknown> = { ...ids, sourceRef: source, targetRef: target };
  // bpmn:Association has no name; its label travels as pw:label.
  if (edge.label !== undefined) fields[edge.kind === 'association' ? 'label' : 'name'] = xmlText(edge.label);
  if (edge.sourceHandle !== undefined) fields.sourceHandle = xmlText(edge.sourceHandle);
  if (edge.targetHandle !== undefined) fields.targetHandle = xmlText(edge.targetHandle);
  const element = moddle.create(TYPE_BY_EDGE_KIND[edge.kind], fields);
  if (edge.kind === 'sequence') {
    linkFlowNode(source, 'outgoing', element);
    linkFlowNode(target, 'incoming', element);
  }
  return element;
}

function linkFlowNode(node: ModdleElement, property: 'incoming' | 'outgoing', flow: ModdleElement): void {
  if (node.$instanceOf('bpmn:FlowNode')) (node.get(property) as ModdleElement[]).push(flow);
}
