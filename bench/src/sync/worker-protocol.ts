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
