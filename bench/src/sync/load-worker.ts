// Worker thread entry (impure like main.ts): drives one group of editors on the main thread's commands.
import { parentPort, workerData } from 'node:worker_threads';
import { CLIENT_KINDS } from './clients.ts';
import { createEditorGroup } from './editor-group.ts';
import { isToWorker, type FromWorker, type ToWorker, type WorkerSetup } from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('load-worker.ts runs only as a worker thread');
const setup = workerData as WorkerSetup;
// Every WebsocketProvider registers a process 'exit' listener; a thousand of them are expected here.
process.setMaxListeners(0);

const group = createEditorGroup({
  targets: setup.editors,
  connect: CLIENT_KINDS[setup.client].connect,
  receiversPerEdit: setup.receiversPerEdit,
  editsPerSecondPerEditor: setup.editsPerSecondPerEditor,
});

async function handle(message: ToWorker): Promise<FromWorker> {
  switch (message.type) {
    case 'ready':
      return { type: 'done' };
    case 'connect':
      await group.connect();
      return { type: 'done' };
    case 'start-editing':
      group.startEditing(message.window);
      return { type: 'done' };
    case 'stop-editing':
      group.stopEditing();
      return { type: 'done' };
    case 'counts':
      return { type: 'counts', ...group.counts() };
    case 'finish':
      return { type: 'finished', totals: group.finish() };
    case 'close':
      await group.destroy();
      return { type: 'done' };
    default:
      throw new Error(`unknown command ${JSON.stringify(message satisfies never)}`);
  }
}

port.on('message', (message: unknown) => {
  if (!isToWorker(message)) {
    port.postMessage({ type: 'failed', error: 'unknown command' } satisfies FromWorker);
    return;
  }
  handle(message).then(
    (reply) => port.postMessage(reply, reply.type === 'finished' ? [reply.totals.samples.buffer] : []),
    (error: unknown) => port.postMessage({ type: 'failed', error: String(error) } satisfies FromWorker),
  );
});
