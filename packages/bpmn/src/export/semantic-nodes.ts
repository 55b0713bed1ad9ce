// Puts each node into its process or sub-process, its lane, or the process's data inputs and outputs.
import type { BpmnModdle } from 'bpmn-moddle';
import type { Lane, ProcessMap, ProcessNode } from '@prozesswerk/process-model';
import { dataObjectId } from '../ids.ts';
import type { ModdleElement } from '../moddle-types.ts';
import { createNode } from './elements.ts';
import type { BpmnIds } from './elements.ts';
import { MAIN, type Home } from './homes.ts';
import type { ProcessPart } from './semantic.ts';
import { xmlText } from './xml-text.ts';

export interface NodeContext {
  ids: (id: string) => BpmnIds;
  homes: ReadonlyMap<string, Home>;
  parts: ReadonlyMap<Home, ProcessPart>;
  lanes: ReadonlyMap<Lane['id'], ModdleElement>;
  participants: ReadonlyMap<Home, ModdleElement>;
}

export interface WrittenNodes {
  elements: Map<ProcessNode['id'], ModdleElement>;
  /** The process or sub-process whose flowElements hold each flow node. */
  containers: Map<ProcessNode['id'], ModdleElement>;
  /** Root elements the nodes need (the categories of groups). */
  roots: ModdleElement[];
}

const list = (element: ModdleElement, property: string) => element.get(property) as ModdleElement[];

/*
 * Containers are written before their content (nodes sorted by nesting depth). Flow nodes are
 * listed in their lane's flowNodeRef; what a lane cannot list (data, notes, groups, content of a
 * sub-process, nodes of a pool drawn without lanes) names its lane in `pw:lane`. A document is a
 * reference to its own data object; a group shows the value of its own category.
 */
export function addNodes(moddle: BpmnModdle, map: ProcessMap, context: NodeContext): WrittenNodes {
  const written: WrittenNodes = { elements: new Map(), containers: new Map(), roots: [] };
  const byId = new Map(map.nodes.map((node) => [node.id, node] as const));
  const depth = (node: ProcessNode): number => {
    let level = 0;
    for (let at = node; at.parentId !== undefined && level < 64; level += 1) {
      const parent = byId.get(at.parentId);
      if (parent === undefined) break;
      at = parent;
    }
    return level;
  };
  const ordered = [...map.nodes].sort((a, b) => depth(a) - depth(b));
  for (const node of ordered) {
    const host = node.attachedTo === undefined ? undefined : byId.get(node.attachedTo);
    const element = createNode(moddle, node, context.ids(node.id), host?.kind === 'activity');
    written.elements.set(node.id, element);
    const home = context.homes.get(node.id) ?? MAIN;
    const part = context.parts.get(home) ?? (context.parts.values().next().value as ProcessPart);
    const parent = node.parentId === undefined ? undefined : written.elements.get(node.parentId);
    const container = parent?.$instanceOf('bpmn:SubProcess') === true ? parent : part.process;
    place(moddle, node, element, container, part, written);
    assignLane(node, element, container === part.process, part, home, context);
  }
  for (const node of map.nodes) {
    const element = written.elements.get(node.id);
    if (element?.$type === 'bpmn:BoundaryEvent' && node.attachedTo !== undefined)
      element.set('attachedToRef', written.elements.get(node.attachedTo));
  }
  return written;
}

function place(
  moddle: BpmnModdle,
  node: ProcessNode,
  element: ModdleElement,
  container: ModdleElement,
  part: ProcessPart,
  written: WrittenNodes,
): void {
  if (node.kind === 'note' || node.kind === 'group') {
    list(container, 'artifacts').push(element);
    if (node.kind === 'group') written.roots.push(category(moddle, node, element));
    return;
  }
  if (node.kind === 'dataInput' || node.kind === 'dataOutput') {
    addProcessData(moddle, part.process, node.kind, element);
    return;
  }
  list(container, 'flowElements').push(element);
  written.containers.set(node.id, container);
  if (node.kind === 'document') {
    const fields = node.collection === true ? { isCollection: true } : {};
    const dataObject = moddle.create('bpmn:DataObject', { id: dataObjectId(element.id ?? ''), ...fields });
    element.set('dataObjectRef', dataObject);
    list(container, 'flowElements').push(dataObject);
  }
}

function addProcessData(
  moddle: BpmnModdle,
  process: ModdleElement,
  kind: string,
  element: ModdleElement,
): void {
  let io = process.get('ioSpecification') as ModdleElement | undefined;
  if (io === undefined) {
    const id = `${process.id ?? ''}_io`;
    io = moddle.create('bpmn:InputOutputSpecification', {
      id,
      inputSets: [moddle.create('bpmn:InputSet', { id: `${id}_in`, dataInputRefs: [] })],
      outputSets: [moddle.create('bpmn:OutputSet', { id: `${id}_out`, dataOutputRefs: [] })],
    });
    process.set('ioSpecification', io);
  }
  const input = kind === 'dataInput';
  list(io, input ? 'dataInputs' : 'dataOutputs').push(element);
  const set = list(io, input ? 'inputSets' : 'outputSets')[0];
  if (set !== undefined) list(set, input ? 'dataInputRefs' : 'dataOutputRefs').push(element);
}

function category(moddle: BpmnModdle, node: ProcessNode, group: ModdleElement): ModdleElement {
  const value = moddle.create('bpmn:CategoryValue', {
    id: `pw__categoryvalue_${group.id ?? ''}`,
    value: xmlText(node.label),
  });
  group.set('categoryValueRef', value);
  return moddle.create('bpmn:Category', { id: `pw__category_${group.id ?? ''}`, categoryValue: [value] });
}

function assignLane(
  node: ProcessNode,
  element: ModdleElement,
  topLevel: boolean,
  part: ProcessPart,
  home: Home,
  context: NodeContext,
): void {
  if (node.laneId === undefined) return;
  const lane = context.lanes.get(node.laneId);
  if (lane !== undefined && topLevel && element.$instanceOf('bpmn:FlowNode')) {
    list(lane, 'flowNodeRef').push(element);
    return;
  }
  if (lane !== undefined) element.set('lane', lane.id);
  else if (part.poolLane?.id === node.laneId) element.set('lane', context.participants.get(home)?.id);
}
