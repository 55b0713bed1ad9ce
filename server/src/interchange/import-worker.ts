// Worker thread for BPMN imports: parsing and laying out a large file must not stall every sync room on the server.
import { BpmnImportError, importBpmn } from '@prozesswerk/bpmn';
import type { ImportReply } from './import-protocol.ts';
import { prepareImport } from './prepare-import.ts';

/** One import, run by the pool's thread; refusals come back as data, since errors lose their code on the way. */
export default async function importInWorker(task: unknown): Promise<ImportReply> {
  const { xml, part } = (typeof task === 'object' && task !== null ? task : {}) as Record<string, unknown>;
  if (typeof xml !== 'string' && !(xml instanceof Uint8Array))
    return {
      ok: false,
      code: undefined,
      message: 'The import worker expects the BPMN XML as text or bytes.',
    };
  try {
    const imported = await importBpmn(xml, typeof part === 'string' ? { part } : {});
    return { ok: true, result: prepareImport(imported) };
  } catch (error) {
    return {
      ok: false,
      code: error instanceof BpmnImportError ? error.code : undefined,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
