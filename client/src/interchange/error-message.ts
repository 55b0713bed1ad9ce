// Plain-language text for a failed import, whether the server refused it or the browser could not read the file.
import type { TFunction } from 'i18next';
import { ProblemError } from '../shared/http.ts';
import { problemMessage } from '../shared/problem-message.ts';

/** A failure found before anything was sent (wrong file type, nowhere to import to). */
export class ImportRefused extends Error {
  constructor(readonly code: 'wrong-type' | 'bpmn-too-large' | 'no-org') {
    super(code);
  }
}

const OWN_CODES = new Set([
  'bpmn-invalid',
  'bpmn-empty',
  'bpmn-too-large',
  'bpmn-too-many-elements',
  'bpmn-too-complex',
  'import-busy',
  'too-many-elements',
  'insufficient-role',
  'unreadable-xml',
  'not-bpmn',
  'invalid-map',
]);

export function importErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ImportRefused) return t(`interchange.errors.${error.code}`);
  if (error instanceof ProblemError) {
    return OWN_CODES.has(error.code) ? t(`interchange.errors.${error.code}`) : problemMessage(t, error);
  }
  // BpmnImportError from importing in the browser carries the same codes.
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return OWN_CODES.has(code) ? t(`interchange.errors.${code}`) : t('interchange.errors.unknown');
}
