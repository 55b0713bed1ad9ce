// What the BPMN import worker answers: the import result, or why there is none.
import type { ImportResult } from '@prozesswerk/bpmn';

export type ImportReply =
  { ok: true; result: ImportResult } | { ok: false; code: string | undefined; message: string };

/** Messages cross a thread boundary untyped; this checks the shape before the reply is trusted. */
export function isImportReply(value: unknown): value is ImportReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  if (reply.ok === false) {
    return typeof reply.message === 'string' && (reply.code === undefined || typeof reply.code === 'string');
  }
  if (reply.ok !== true || typeof reply.result !== 'object' || reply.result === null) return false;
  const result = reply.result as Record<string, unknown>;
  return (
    typeof result.map === 'object' &&
    result.map !== null &&
    Array.isArray(result.unsupported) &&
    Array.isArray(result.warnings)
  );
}
