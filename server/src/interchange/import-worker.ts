// Worker thread for BPMN imports: parsing and laying out a large file must not stall every sync room on the server.
import { parentPort } from 'node:worker_threads';
import { BpmnImportError, importBpmn } from '@prozesswerk/bpmn';
import type { ImportReply } from './import-protocol.ts';

const reply = (message: ImportReply) => parentPort?.postMessage(message);

parentPort?.on('message', (xml: unknown) => {
  if (typeof xml !== 'string') {
    return reply({
      ok: false,
      code: undefined,
      message: 'The import worker expects the BPMN XML as a string.',
    });
  }
  importBpmn(xml).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) =>
      reply({
        ok: false,
        code: error instanceof BpmnImportError ? error.code : undefined,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
