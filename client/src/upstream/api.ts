// REST calls of a variant following its origin: what changed there, both versions to merge, and taking changes over.
import type { UpstreamApplied, UpstreamDocuments, UpstreamReport } from '@prozesswerk/contract';
import { requestJson } from '../shared/http.ts';

const base = (processId: string) => `/api/processes/${encodeURIComponent(processId)}/upstream`;

export type { UpstreamApplied, UpstreamChange, UpstreamReport } from '@prozesswerk/contract';

export function fetchUpstream(processId: string): Promise<UpstreamReport> {
  return requestJson<UpstreamReport>(base(processId));
}

export function fetchUpstreamDocuments(processId: string, version: number): Promise<UpstreamDocuments> {
  return requestJson<UpstreamDocuments>(`${base(processId)}/documents?version=${version}`);
}

export function postUpstreamApply(
  processId: string,
  input: { version: number; changes: string[] },
): Promise<UpstreamApplied> {
  return requestJson<UpstreamApplied>(`${base(processId)}/apply`, 'POST', input);
}
