// Which process-map node kind each BPMN element type becomes, and which types we knowingly skip.
import type { NodeKind } from '@prozesswerk/process-model';
import type { BaseElement, BpmnEvent, SubProcess } from '../moddle-types.ts';
import { bpmnTypeKey, type ImportNote } from './notes.ts';

const NODE_KIND_BY_TYPE: Readonly<Record<string, NodeKind>> = {
  'bpmn:Task': 'activity',
  'bpmn:UserTask': 'activity',
  'bpmn:ServiceTask': 'activity',
  'bpmn:ManualTask': 'activity',
  'bpmn:ScriptTask': 'activity',
  'bpmn:SendTask': 'activity',
  'bpmn:ReceiveTask': 'activity',
  'bpmn:BusinessRuleTask': 'activity',
  'bpmn:CallActivity': 'activity',
  'bpmn:SubProcess': 'activity',
  'bpmn:AdHocSubProcess': 'activity',
  // A transaction is a sub-process with compensation semantics; as one activity it keeps the flow.
  'bpmn:Transaction': 'activity',
  // An intermediate event is a step in the flow (a wait, a message sent or received): as an
  // activity it keeps the flow connected and counts in the metrics; its description says what it was.
  'bpmn:IntermediateCatchEvent': 'activity',
  'bpmn:IntermediateThrowEvent': 'activity',
  'bpmn:StartEvent': 'start',
  'bpmn:EndEvent': 'end',
  'bpmn:ExclusiveGateway': 'decision',
  'bpmn:InclusiveGateway': 'decision',
  'bpmn:EventBasedGateway': 'decision',
  'bpmn:ComplexGateway': 'decision',
  'bpmn:ParallelGateway': 'parallel',
  'bpmn:DataObjectReference': 'document',
  'bpmn:DataStoreReference': 'document',
  'bpmn:TextAnnotation': 'note',
};

/*
 * Semantic definitions without a shape of their own: a DataObject is drawn through its
 * DataObjectReference, which we import. Skipping them loses nothing visible.
 */
export const INVISIBLE_TYPES: ReadonlySet<string> = new Set(['bpmn:DataObject']);

// An event sub-process is a `bpmn:SubProcess` too, but a handler outside the flow: reported, not mapped.
export function nodeKindOf(element: BaseElement): NodeKind | undefined {
  if (element.$type === 'bpmn:SubProcess' && (element as SubProcess).triggeredByEvent === true)
    return undefined;
  return NODE_KIND_BY_TYPE[element.$type];
}

export function unsupportedName(element: BaseElement): string {
  const eventSubProcess =
    element.$type === 'bpmn:SubProcess' && (element as SubProcess).triggeredByEvent === true;
  return eventSubProcess ? 'bpmn:SubProcess (triggeredByEvent)' : element.$type;
}

const EVENT_TYPE_NAMES: Readonly<Record<string, string>> = {
  'bpmn:IntermediateCatchEvent': 'eintretendes Zwischenereignis',
  'bpmn:IntermediateThrowEvent': 'auslösendes Zwischenereignis',
};

// The note an intermediate event leaves in the activity's description, e.g. "BPMN: eintretendes Zwischenereignis (timer)".
export function eventNote(
  element: BaseElement,
  definitions: readonly { $type: string }[],
): string | undefined {
  const name = EVENT_TYPE_NAMES[element.$type];
  if (name === undefined) return undefined;
  const kinds = definitions.map((definition) =>
    definition.$type.replace(/^bpmn:(\w+)EventDefinition$/, '$1').toLowerCase(),
  );
  return `BPMN: ${name}${kinds.length > 0 ? ` (${kinds.join(', ')})` : ''}`;
}

/*
 * A warning when an element is mapped with a loss the user should know about: an intermediate
 * event or a transaction that became an activity, a start or end event whose trigger or result
 * (message, timer, terminate, …) is not kept. Worded for people, by name, without BPMN type names or ids.
 */
export function mappingWarning(element: BaseElement, kind: NodeKind): ImportNote | undefined {
  const name = element.name?.trim() ?? '';
  const type = bpmnTypeKey(element.$type);
  if (EVENT_TYPE_NAMES[element.$type] !== undefined)
    return { code: 'event-as-activity', params: { element: type, name } };
  if (element.$type === 'bpmn:Transaction') return { code: 'transaction-as-activity', params: { name } };
  const definitions = (element as BpmnEvent).eventDefinitions ?? [];
  if ((kind === 'start' || kind === 'end') && definitions.length > 0) {
    const triggers = definitions.map((definition) => bpmnTypeKey(definition.$type));
    return { code: 'trigger-dropped', params: { element: type, name, triggers } };
  }
  return undefined;
}
