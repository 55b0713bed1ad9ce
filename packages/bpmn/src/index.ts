// Public API of @prozesswerk/bpmn: BPMN 2.0 XML import and export of process maps, and automatic layout.
// bpmn-moddle ships no types for its entry point; this reference brings ours into every program that
// imports the package (client, server, tests), whatever that program's tsconfig includes.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./types/bpmn-moddle.d.ts" />
export { MAX_IMPORT_ELEMENTS, importBpmn } from './import/import-bpmn.ts';
export type { ImportNote, ImportResult, Unsupported } from './import/import-bpmn.ts';
export { noteText } from './import/notes.ts';
export { exportBpmn } from './export/export-bpmn.ts';
export type { ExportOptions } from './export/export-bpmn.ts';
export { autoLayout } from './layout.ts';
export { BPMN_ERROR_CODES, BpmnImportError } from './errors.ts';
export type { BpmnErrorCode } from './errors.ts';
export { fromBpmnId, toBpmnId } from './ids.ts';
export { PW_NAMESPACE, prozesswerkPackage } from './extension.ts';
