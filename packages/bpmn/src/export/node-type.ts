// The BPMN element type and BPMN details of one node: task type, marker, event definitions, data state.
import type { BpmnModdle } from 'bpmn-moddle';
import type { ActivityType, EventTrigger, ProcessNode } from '@prozesswerk/process-model';
import { xmlText } from './xml-text.ts';

const ACTIVITY_TYPES: Readonly<Record<ActivityType, string>> = {
  user: 'bpmn:UserTask',
  service: 'bpmn:ServiceTask',
  manual: 'bpmn:ManualTask',
  send: 'bpmn:SendTask',
  receive: 'bpmn:ReceiveTask',
  script: 'bpmn:ScriptTask',
  businessRule: 'bpmn:BusinessRuleTask',
  subProcess: 'bpmn:SubProcess',
  callActivity: 'bpmn:CallActivity',
  transaction: 'bpmn:Transaction',
  adHoc: 'bpmn:AdHocSubProcess',
  eventSubProcess: 'bpmn:SubProcess',
};

// An unknown kind (from a newer client) goes out as a plain task, the box it is drawn as.
const TYPE_BY_KIND: Readonly<Record<ProcessNode['kind'], string>> = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  activity: 'bpmn:Task',
  decision: 'bpmn:ExclusiveGateway',
  parallel: 'bpmn:ParallelGateway',
  document: 'bpmn:DataObjectReference',
  note: 'bpmn:TextAnnotation',
  intermediate: 'bpmn:IntermediateCatchEvent',
  inclusive: 'bpmn:InclusiveGateway',
  eventBased: 'bpmn:EventBasedGateway',
  complex: 'bpmn:ComplexGateway',
  dataStore: 'bpmn:DataStoreReference',
  dataInput: 'bpmn:DataInput',
  dataOutput: 'bpmn:DataOutput',
  group: 'bpmn:Group',
  unknown: 'bpmn:Task',
};

const DEFINITION_BY_TRIGGER: Readonly<Record<EventTrigger, string[]>> = {
  message: ['bpmn:MessageEventDefinition'],
  timer: ['bpmn:TimerEventDefinition'],
  signal: ['bpmn:SignalEventDefinition'],
  conditional: ['bpmn:ConditionalEventDefinition'],
  error: ['bpmn:ErrorEventDefinition'],
  escalation: ['bpmn:EscalationEventDefinition'],
  compensation: ['bpmn:CompensateEventDefinition'],
  link: ['bpmn:LinkEventDefinition'],
  terminate: ['bpmn:TerminateEventDefinition'],
  cancel: ['bpmn:CancelEventDefinition'],
  // BPMN draws "multiple" for an event with more than one definition; which ones the map does not say.
  multiple: ['bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition'],
  parallelMultiple: ['bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition'],
};

/** The element type: a boundary event when the node sits on an activity that the export writes as one. */
export function bpmnType(node: ProcessNode, hostIsActivity: boolean): string {
  if (node.kind === 'activity' && node.activityType !== undefined) return ACTIVITY_TYPES[node.activityType];
  if (node.kind === 'intermediate') {
    if (node.attachedTo !== undefined && hostIsActivity) return 'bpmn:BoundaryEvent';
    return node.throwing === true ? 'bpmn:IntermediateThrowEvent' : 'bpmn:IntermediateCatchEvent';
  }
  return TYPE_BY_KIND[node.kind];
}

/** Properties of the element for the node's BPMN fields (references to other elements are set by the caller). */
export function bpmnDetails(moddle: BpmnModdle, node: ProcessNode, type: string): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (node.kind === 'activity') Object.assign(details, activityDetails(moddle, node, type));
  if (node.kind === 'start' || node.kind === 'end' || node.kind === 'intermediate')
    Object.assign(details, eventDetails(moddle, node, type));
  if (
    node.dataState !== undefined &&
    /DataObjectReference|DataStoreReference|DataInput|DataOutput/.test(type)
  )
    details.dataState = moddle.create('bpmn:DataState', { name: xmlText(node.dataState) });
  if (node.collection === true && (type === 'bpmn:DataInput' || type === 'bpmn:DataOutput'))
    details.isCollection = true;
  return details;
}

function activityDetails(moddle: BpmnModdle, node: ProcessNode, type: string): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (node.marker === 'loop') details.loopCharacteristics = moddle.create('bpmn:StandardLoopCharacteristics');
  else if (node.marker !== undefined)
    details.loopCharacteristics = moddle.create('bpmn:MultiInstanceLoopCharacteristics', {
      isSequential: node.marker === 'sequential',
    });
  if (node.compensation === true) details.isForCompensation = true;
  if (node.activityType === 'eventSubProcess') details.triggeredByEvent = true;
  if (node.link !== undefined) {
    if (type === 'bpmn:CallActivity') details.calledElement = xmlText(node.link);
    else details.link = xmlText(node.link);
  }
  return details;
}

function eventDetails(moddle: BpmnModdle, node: ProcessNode, type: string): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (node.trigger !== undefined) {
    details.eventDefinitions = DEFINITION_BY_TRIGGER[node.trigger].map((definitionType) =>
      moddle.create(definitionType, definitionFields(moddle, node, definitionType)),
    );
    if (node.trigger === 'parallelMultiple' && type !== 'bpmn:EndEvent' && !type.includes('Throw'))
      details.parallelMultiple = true;
  }
  if (node.interrupting === false) {
    if (type === 'bpmn:BoundaryEvent') details.cancelActivity = false;
    if (type === 'bpmn:StartEvent') details.isInterrupting = false;
  }
  return details;
}

function definitionFields(moddle: BpmnModdle, node: ProcessNode, type: string): Record<string, unknown> {
  const expression = () =>
    moddle.create(
      'bpmn:FormalExpression',
      node.expression === undefined ? {} : { body: xmlText(node.expression) },
    );
  if (type === 'bpmn:TimerEventDefinition') {
    const key = { duration: 'timeDuration', date: 'timeDate', cycle: 'timeCycle' }[
      node.timerType ?? 'duration'
    ];
    return node.timerType === undefined && node.expression === undefined ? {} : { [key]: expression() };
  }
  if (type === 'bpmn:ConditionalEventDefinition') return { condition: expression() };
  return {};
}
