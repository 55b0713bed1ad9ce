// Worker thread for BPMN imports: parsing and laying out a large file must not stall every sync room on the server.
import { parentPort } from 'node:worker_threads';
import { BpmnImportError, importBpmn } from '@prozesswerk/bpmn';

export type ImportReply =
  | { ok: true; result: Awaited<ReturnType<typeof importBpmn>> }
  | { ok: false; code: string | undefined; message: string };

parentPort?.on('message', (xml: string) => {
  importBpmn(xml).then(
    (result) => parentPort?.postMessage({ ok: true, result } satisfies ImportReply),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        code: error instanceof BpmnImportError ? error.code : undefined,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ImportReply),
  );
});
