// What the BPMN import worker answers: the import as the route stores it and reports it, or why there is none.
import type { ImportResult } from '@prozesswerk/bpmn';

/**
 * An import made ready to store on the thread that parsed it: the map as one Yjs update and its search words
 * instead of the map itself, so the server's thread neither receives a copy of the map nor encodes it.
 */
export type PreparedImport = Pick<
  ImportResult,
  'unsupported' | 'warnings' | 'notes' | 'title' | 'parts' | 'part'
> & {
  /** The whole map as one Yjs update: the process starts with it, as if its first editor had drawn it. */
  mapUpdate: Uint8Array;
  /** The map's words for the library search. */
  searchText: string;
  counts: { nodes: number; edges: number; lanes: number };
};

export type ImportReply =
  { ok: true; result: PreparedImport } | { ok: false; code: string | undefined; message: string };

const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Messages cross a thread boundary untyped; this checks the shape before the reply is trusted. */
export function isImportReply(value: unknown): value is ImportReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  if (reply.ok === false) {
    return typeof reply.message === 'string' && (reply.code === undefined || typeof reply.code === 'string');
  }
  if (reply.ok !== true || typeof reply.result !== 'object' || reply.result === null) return false;
  const result = reply.result as Record<string, unknown>;
  const counts = (typeof result.counts === 'object' && result.counts !== null ? result.counts : {}) as Record<
    string,
    unknown
  >;
  return (
    result.mapUpdate instanceof Uint8Array &&
    typeof result.searchText === 'string' &&
    isCount(counts.nodes) &&
    isCount(counts.edges) &&
    isCount(counts.lanes) &&
    Array.isArray(result.unsupported) &&
    Array.isArray(result.warnings) &&
    Array.isArray(result.notes)
  );
}
