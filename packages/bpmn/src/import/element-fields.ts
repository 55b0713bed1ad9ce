// What a BPMN flow node is in the process map: its kind and BPMN fields (task type, marker, trigger, timer, …).
import type { ActivityType, BpmnNodeFields, EventTrigger, NodeKind } from '@prozesswerk/process-model';
import type { BaseElement, ModdleElement } from '../moddle-types.ts';

export interface Classified {
  kind: NodeKind;
  fields: BpmnNodeFields;
}

const ACTIVITY_TYPE_BY_TYPE: Readonly<Record<string, ActivityType | null>> = {
  'bpmn:Task': null,
  'bpmn:UserTask': 'user',
  'bpmn:ServiceTask': 'service',
  'bpmn:ManualTask': 'manual',
  'bpmn:ScriptTask': 'script',
  'bpmn:SendTask': 'send',
  'bpmn:ReceiveTask': 'receive',
  'bpmn:BusinessRuleTask': 'businessRule',
  'bpmn:CallActivity': 'callActivity',
  'bpmn:SubProcess': 'subProcess',
  'bpmn:AdHocSubProcess': 'adHoc',
  'bpmn:Transaction': 'transaction',
};

const SIMPLE_KINDS: Readonly<Record<string, NodeKind>> = {
  'bpmn:StartEvent': 'start',
  'bpmn:EndEvent': 'end',
  'bpmn:IntermediateCatchEvent': 'intermediate',
  'bpmn:IntermediateThrowEvent': 'intermediate',
  'bpmn:BoundaryEvent': 'intermediate',
  'bpmn:ImplicitThrowEvent': 'intermediate',
  'bpmn:ExclusiveGateway': 'decision',
  'bpmn:ParallelGateway': 'parallel',
  'bpmn:InclusiveGateway': 'inclusive',
  'bpmn:EventBasedGateway': 'eventBased',
  'bpmn:ComplexGateway': 'complex',
  'bpmn:DataObjectReference': 'document',
  'bpmn:DataObject': 'document',
  'bpmn:DataStoreReference': 'dataStore',
  'bpmn:DataInput': 'dataInput',
  'bpmn:DataOutput': 'dataOutput',
  'bpmn:TextAnnotation': 'note',
  'bpmn:Group': 'group',
};

const TRIGGER_BY_DEFINITION: Readonly<Record<string, EventTrigger>> = {
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:TimerEventDefinition': 'timer',
  'bpmn:SignalEventDefinition': 'signal',
  'bpmn:ConditionalEventDefinition': 'conditional',
  'bpmn:ErrorEventDefinition': 'error',
  'bpmn:EscalationEventDefinition': 'escalation',
  'bpmn:CompensateEventDefinition': 'compensation',
  'bpmn:LinkEventDefinition': 'link',
  'bpmn:TerminateEventDefinition': 'terminate',
  'bpmn:CancelEventDefinition': 'cancel',
};

const get = <T>(element: ModdleElement, name: string): T | undefined => element.get(name) as T | undefined;

/** The kind and fields of an element, or undefined when it has no place in a map (its caller reports it). */
export function classify(element: BaseElement): Classified | undefined {
  const activityType = ACTIVITY_TYPE_BY_TYPE[element.$type];
  if (activityType !== undefined) return { kind: 'activity', fields: activityFields(element, activityType) };
  const kind = SIMPLE_KINDS[element.$type];
  if (kind === undefined) return undefined;
  if (kind === 'start' || kind === 'end' || kind === 'intermediate')
    return { kind, fields: eventFields(element) };
  if (kind === 'document' || kind === 'dataInput' || kind === 'dataOutput' || kind === 'dataStore')
    return { kind, fields: dataFields(element) };
  return { kind, fields: {} };
}

function activityFields(element: BaseElement, type: ActivityType | null): BpmnNodeFields {
  const fields: BpmnNodeFields = {};
  if (type === 'subProcess' && get<boolean>(element, 'triggeredByEvent') === true)
    fields.activityType = 'eventSubProcess';
  else if (type !== null) fields.activityType = type;
  const loop = get<ModdleElement>(element, 'loopCharacteristics');
  if (loop?.$type === 'bpmn:StandardLoopCharacteristics') fields.marker = 'loop';
  else if (loop?.$type === 'bpmn:MultiInstanceLoopCharacteristics')
    fields.marker = get<boolean>(loop, 'isSequential') === true ? 'sequential' : 'parallel';
  if (get<boolean>(element, 'isForCompensation') === true) fields.compensation = true;
  return fields;
}

/** Definitions inside the event and those it refers to (`eventDefinitionRef`), in that order. */
export function eventDefinitions(element: BaseElement): ModdleElement[] {
  return [
    ...(get<ModdleElement[]>(element, 'eventDefinitions') ?? []),
    ...(get<ModdleElement[]>(element, 'eventDefinitionRef') ?? []),
  ].filter((definition) => definition !== undefined && typeof definition.$type === 'string');
}

function eventFields(element: BaseElement): BpmnNodeFields {
  const fields: BpmnNodeFields = {};
  const definitions = eventDefinitions(element);
  const triggers = definitions
    .map((definition) => TRIGGER_BY_DEFINITION[definition.$type])
    .filter((trigger) => trigger !== undefined);
  if (triggers.length > 1)
    fields.trigger = get<boolean>(element, 'parallelMultiple') === true ? 'parallelMultiple' : 'multiple';
  else if (triggers[0] !== undefined) fields.trigger = triggers[0];
  if (element.$type === 'bpmn:IntermediateThrowEvent' || element.$type === 'bpmn:ImplicitThrowEvent')
    fields.throwing = true;
  if (element.$type === 'bpmn:BoundaryEvent' && get<boolean>(element, 'cancelActivity') === false)
    fields.interrupting = false;
  if (element.$type === 'bpmn:StartEvent' && get<boolean>(element, 'isInterrupting') === false)
    fields.interrupting = false;
  if (triggers.length === 1) Object.assign(fields, triggerDetails(definitions[0]));
  return fields;
}

function triggerDetails(definition: ModdleElement | undefined): BpmnNodeFields {
  if (definition === undefined) return {};
  if (definition.$type === 'bpmn:TimerEventDefinition') {
    for (const timerType of ['duration', 'date', 'cycle'] as const) {
      const key = `time${timerType.charAt(0).toUpperCase()}${timerType.slice(1)}`;
      const expression = get<ModdleElement>(definition, key);
      if (expression === undefined) continue;
      const body = expressionText(expression);
      return body === undefined ? { timerType } : { timerType, expression: body };
    }
  }
  if (definition.$type === 'bpmn:ConditionalEventDefinition') {
    const body = expressionText(get<ModdleElement>(definition, 'condition'));
    if (body !== undefined) return { expression: body };
  }
  return {};
}

/** The text of a (formal) expression, trimmed, or undefined when it has none. */
export function expressionText(expression: ModdleElement | undefined): string | undefined {
  const body = expression === undefined ? undefined : get<string>(expression, 'body');
  const text = body?.trim();
  return text === undefined || text === '' ? undefined : text.slice(0, 500);
}

function dataFields(element: BaseElement): BpmnNodeFields {
  const fields: BpmnNodeFields = {};
  const dataObject = get<ModdleElement>(element, 'dataObjectRef');
  if (
    get<boolean>(element, 'isCollection') === true ||
    get<boolean>(dataObject ?? element, 'isCollection') === true
  )
    fields.collection = true;
  const state = get<ModdleElement>(element, 'dataState');
  const stateName = state === undefined ? undefined : get<string>(state, 'name')?.trim();
  if (stateName !== undefined && stateName !== '') fields.dataState = stateName.slice(0, 500);
  return fields;
}
