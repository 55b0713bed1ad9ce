// Typed error for BPMN files that cannot be imported at all (as opposed to elements that are only reported).

export const BPMN_ERROR_CODES = ['unreadable-xml', 'not-bpmn', 'invalid-map', 'too-many-elements'] as const;

export type BpmnErrorCode = (typeof BPMN_ERROR_CODES)[number];

export class BpmnImportError extends Error {
  override readonly name = 'BpmnImportError';
  readonly code: BpmnErrorCode;

  constructor(code: BpmnErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
