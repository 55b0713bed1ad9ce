// Messages between the load generator's main thread and its editor worker threads, one reply per command.
import type { ClientKind } from './clients.ts';
import type { GroupTotals } from './editor-group.ts';
import type { MeasureWindow } from './deliveries.ts';
import type { EditorTarget } from './editor.ts';

export type WorkerSetup = {
  client: ClientKind;
  editors: EditorTarget[];
  /** How many other editors share each editor's room, i.e. who must receive each edit. */
  receiversPerEdit: number;
  editsPerSecondPerEditor: number;
};

export type ToWorker =
  | { type: 'ready' }
  | { type: 'connect' }
  | { type: 'start-editing'; window: MeasureWindow }
  | { type: 'stop-editing' }
  | { type: 'counts' }
  | { type: 'finish' }
  | { type: 'close' };

export type FromWorker =
  | { type: 'done' }
  | { type: 'counts'; expectedDeliveries: number; delivered: number }
  | { type: 'finished'; totals: GroupTotals }
  | { type: 'failed'; error: string };

const TO_WORKER: ReadonlySet<string> = new Set([
  'ready',
  'connect',
  'start-editing',
  'stop-editing',
  'counts',
  'finish',
  'close',
] satisfies ToWorker['type'][]);
const FROM_WORKER: ReadonlySet<string> = new Set([
  'done',
  'counts',
  'finished',
  'failed',
] satisfies FromWorker['type'][]);

// Messages cross the thread boundary untyped; both sides check the kind before they act on one.
function typeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
}

export function isToWorker(value: unknown): value is ToWorker {
  const type = typeOf(value);
  return typeof type === 'string' && TO_WORKER.has(type);
}

export function isFromWorker(value: unknown): value is FromWorker {
  const type = typeOf(value);
  return typeof type === 'string' && FROM_WORKER.has(type);
}
