// Creates the BPMN element for one node of the map, with its BPMN details and our attributes in the pw namespace.
import type { BpmnModdle } from 'bpmn-moddle';
import type { ActivityAttrs, ProcessNode } from '@prozesswerk/process-model';
import { ATTR_KEYS } from '@prozesswerk/process-model';
import { RESERVED_IDS, toBpmnId } from '../ids.ts';
import type { ModdleElement } from '../moddle-types.ts';
import { bpmnDetails, bpmnType } from './node-type.ts';
import { xmlText } from './xml-text.ts';

export interface BpmnIds {
  id: string;
  originalId?: string;
}

// BPMN ids share one namespace; our nodes, edges, lanes and pools do not. A clash keeps our id in pw:originalId.
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
export function createNode(
  moddle: BpmnModdle,
  node: ProcessNode,
  ids: BpmnIds,
  hostIsActivity: boolean,
): ModdleElement {
  const label = xmlText(node.label);
  // Element content loses surrounding whitespace; a note whose text has some keeps it in pw:label too.
  const keep = label.trim() === label ? {} : { label };
  const text = node.kind === 'note' ? { text: label, ...keep } : node.kind === 'group' ? {} : { name: label };
  const type = bpmnType(node, hostIsActivity);
  const element = moddle.create(type, { ...ids, ...text, ...bpmnDetails(moddle, node, type) });
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
