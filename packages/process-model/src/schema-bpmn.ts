// The BPMN side of a node or edge (schema v2): task types, markers, event triggers, boundary events, containers.
import type { NodeId } from './ids.ts';

/** What an activity is; absent means a plain task. Sub-processes and call activities stand for a whole process. */
export const ACTIVITY_TYPES = [
  'user',
  'service',
  'manual',
  'send',
  'receive',
  'script',
  'businessRule',
  'subProcess',
  'callActivity',
  'transaction',
  'adHoc',
  'eventSubProcess',
] as const;

/** Loop and multi-instance markers of an activity. */
export const LOOP_MARKERS = ['loop', 'parallel', 'sequential'] as const;

/** Triggers of start and intermediate events and results of end events; absent means none ("plain"). */
export const EVENT_TRIGGERS = [
  'message',
  'timer',
  'signal',
  'conditional',
  'error',
  'escalation',
  'compensation',
  'link',
  'terminate',
  'cancel',
  'multiple',
  'parallelMultiple',
] as const;

export const TIMER_TYPES = ['duration', 'date', 'cycle'] as const;
export const POOL_ORIENTATIONS = ['horizontal', 'vertical'] as const;

export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type LoopMarker = (typeof LOOP_MARKERS)[number];
export type EventTrigger = (typeof EVENT_TRIGGERS)[number];
export type TimerType = (typeof TIMER_TYPES)[number];
export type PoolOrientation = (typeof POOL_ORIENTATIONS)[number];

/*
 * Flags are stored only in their non-default state (`true`, or `false` for `interrupting`).
 * Each field is its own key of the node's Y.Map, so two people setting different fields at once
 * both keep theirs. Readers tolerate combinations a concurrent edit can leave (a trigger on a node
 * that became an activity, a boundary event whose activity was deleted): they are kept as read and
 * the export writes only what BPMN allows.
 */
export interface BpmnNodeFields {
  /** Activities: the task type, or the kind of sub-process. */
  activityType?: ActivityType;
  marker?: LoopMarker;
  /** Activities: a compensation activity (`isForCompensation`). */
  compensation?: true;
  /** Start, intermediate and end events. */
  trigger?: EventTrigger;
  /** Intermediate events: true when the event throws (sends, signals) rather than catches (waits). */
  throwing?: true;
  /** Boundary events and start events of event sub-processes: false when the event does not interrupt. */
  interrupting?: false;
  /** Intermediate events: the activity on whose border the event sits (a boundary event). */
  attachedTo?: NodeId;
  /** Timer events: what the expression gives. */
  timerType?: TimerType;
  /** Timer events: the time (ISO 8601, e.g. `P14D`); conditional events and flows: the condition. */
  expression?: string;
  /** The expanded sub-process this node is drawn in. */
  parentId?: NodeId;
  /** Sub-processes: drawn open, with their content, rather than as one box. */
  expanded?: true;
  /** Sub-processes and call activities: the library process they stand for (its id), opened from the node. */
  link?: string;
  /** Data objects, inputs and outputs: a collection of items rather than one. */
  collection?: true;
  /** Data objects and stores: the state the data is in ("geprüft"). */
  dataState?: string;
}

export const BPMN_NODE_FIELD_KEYS = [
  'activityType',
  'marker',
  'compensation',
  'trigger',
  'throwing',
  'interrupting',
  'attachedTo',
  'timerType',
  'expression',
  'parentId',
  'expanded',
  'link',
  'collection',
  'dataState',
] as const satisfies readonly (keyof BpmnNodeFields)[];

/** The BPMN fields `source` sets (not undefined), but those named in `omit`. */
export function bpmnFieldsOf(
  source: Readonly<BpmnNodeFields>,
  omit: readonly (keyof BpmnNodeFields)[] = [],
): BpmnNodeFields {
  const fields: Record<string, unknown> = {};
  for (const key of BPMN_NODE_FIELD_KEYS)
    if (source[key] !== undefined && !omit.includes(key)) fields[key] = source[key];
  return fields as BpmnNodeFields;
}

export interface BpmnEdgeFields {
  /** Sequence flows: the condition under which the flow is taken (shown as its label when it has none). */
  condition?: string;
  /** Sequence flows: the flow taken when no condition of the other outgoing flows holds. */
  isDefault?: true;
}

export const BPMN_EDGE_FIELD_KEYS = [
  'condition',
  'isDefault',
] as const satisfies readonly (keyof BpmnEdgeFields)[];

// A patch for `setNodeBpmn` / `setEdgeBpmn`: `null` or `undefined` removes the key.
export type BpmnNodePatch = { [K in keyof BpmnNodeFields]?: BpmnNodeFields[K] | null };
export type BpmnEdgePatch = { [K in keyof BpmnEdgeFields]?: BpmnEdgeFields[K] | null };
