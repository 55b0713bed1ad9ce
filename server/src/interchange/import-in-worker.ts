// Runs one BPMN import in a worker thread with a time limit, and gives back what importBpmn would have.
import { BpmnImportError, BPMN_ERROR_CODES, type ImportResult } from '@prozesswerk/bpmn';
import { startTypeScriptWorker } from '../workers/typescript-worker.ts';
import { isImportReply } from './import-protocol.ts';

const WORKER_ENTRY = new URL('./import-worker.ts', import.meta.url);
// The largest file we accept lays out in about a second; far beyond that something is wrong with the file.
const DEFAULT_TIMEOUT_MS = 20_000;

export class ImportTimeout extends Error {
  override readonly name = 'ImportTimeout';
}

export function importInWorker(xml: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ImportResult> {
  const worker = startTypeScriptWorker(WORKER_ENTRY);
  return new Promise<ImportResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new ImportTimeout(`BPMN import took longer than ${timeoutMs} ms`));
      void worker.terminate();
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (reply: unknown) => {
      finish();
      if (!isImportReply(reply)) return reject(new Error('The import worker answered something unreadable.'));
      if (reply.ok) return resolve(reply.result);
      const code = BPMN_ERROR_CODES.find((known) => known === reply.code);
      reject(code ? new BpmnImportError(code, reply.message) : new Error(reply.message));
    });
    worker.once('error', (error) => {
      finish();
      reject(error);
    });
    worker.postMessage(xml);
  });
}
