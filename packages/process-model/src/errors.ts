// Typed domain error thrown by mutations, validation and migrations of the process map.

export const PROCESS_MODEL_ERROR_CODES = [
  'invalid-input',
  'invalid-kind',
  'invalid-attributes',
  'invalid-map',
  'unknown-node',
  'unknown-edge',
  'unknown-lane',
  'unknown-pool',
  'schema-too-new',
  'missing-migration',
  'unknown-thread',
  'unknown-comment',
  'not-author',
  'comment-deleted',
  'voting-closed',
  'vote-limit',
] as const;

export type ProcessModelErrorCode = (typeof PROCESS_MODEL_ERROR_CODES)[number];

// A class (not a plain object) so callers can use `instanceof` and still get a stack trace.
export class ProcessModelError extends Error {
  override readonly name = 'ProcessModelError';
  readonly code: ProcessModelErrorCode;

  constructor(code: ProcessModelErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isProcessModelError(
  error: unknown,
  code?: ProcessModelErrorCode,
): error is ProcessModelError {
  return error instanceof ProcessModelError && (code === undefined || error.code === code);
}
