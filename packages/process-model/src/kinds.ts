// What each node kind is in BPMN terms: events, gateways, data, artifacts; and which nodes contain or carry others.
import type { ProcessNode, ReadNodeKind } from './schema.ts';

const EVENTS: ReadonlySet<string> = new Set(['start', 'end', 'intermediate']);
const GATEWAYS: ReadonlySet<string> = new Set(['decision', 'parallel', 'inclusive', 'eventBased', 'complex']);
const DATA: ReadonlySet<string> = new Set(['document', 'dataStore', 'dataInput', 'dataOutput']);
const ARTIFACTS: ReadonlySet<string> = new Set(['note', 'group']);
const SUB_PROCESSES: ReadonlySet<string> = new Set(['subProcess', 'transaction', 'adHoc', 'eventSubProcess']);

export const isEventKind = (kind: ReadNodeKind): boolean => EVENTS.has(kind);
export const isGatewayKind = (kind: ReadNodeKind): boolean => GATEWAYS.has(kind);
/** Data objects (documents), data stores, and the process's data inputs and outputs. */
export const isDataKind = (kind: ReadNodeKind): boolean => DATA.has(kind);
/** Notes and groups: drawn on the map, but not part of the flow. */
export const isArtifactKind = (kind: ReadNodeKind): boolean => ARTIFACTS.has(kind);
/** Activities, events and gateways: what sequence flows connect. */
export const isFlowNodeKind = (kind: ReadNodeKind): boolean =>
  kind === 'activity' || EVENTS.has(kind) || GATEWAYS.has(kind);

/** An intermediate event on an activity's border. */
export function isBoundaryEvent(node: Pick<ProcessNode, 'kind' | 'attachedTo'>): boolean {
  return node.kind === 'intermediate' && node.attachedTo !== undefined;
}

/** A sub-process (of any sort, not a call activity), open or closed. */
export function isSubProcess(node: Pick<ProcessNode, 'kind' | 'activityType'>): boolean {
  return node.kind === 'activity' && node.activityType !== undefined && SUB_PROCESSES.has(node.activityType);
}

/** A sub-process drawn open, as a frame around its content. */
export function isExpandedSubProcess(node: Pick<ProcessNode, 'kind' | 'activityType' | 'expanded'>): boolean {
  return isSubProcess(node) && node.expanded === true;
}
