// The process records every page reads: searching the library, one process, my municipalities, decision logs.
import type { Role } from '@prozesswerk/protocol';
import { requestJson } from './http.ts';

export const PROCESS_STATUSES = ['draft', 'workshop', 'agreed', 'published'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];
export const FIM_TIERS = ['stamm', 'referenz', 'lokal'] as const;
export type FimTier = (typeof FIM_TIERS)[number];

export type LibraryProcess = {
  id: string;
  orgId: string | null;
  orgName: string;
  title: string;
  description: string;
  leikaKey: string | null;
  tier: FimTier | null;
  tags: string[];
  status: ProcessStatus;
  originProcessId: string | null;
  originVersion: number | null;
  publishedVersion: number | null;
  updatedAt: string;
  role: Role | null;
};

/** `variantsOf`: only the variants of this process (id), however far down. */
export type LibraryFilter = {
  q: string;
  org: string;
  status: string;
  tier: string;
  tag: string;
  variantsOf: string;
};
export const NO_FILTER: LibraryFilter = { q: '', org: '', status: '', tier: '', tag: '', variantsOf: '' };

export type Org = { id: string; name: string; role: Role };

/** The decision log download: of one frozen version when given, else of the live process. */
export function decisionLogUrl(processId: string, version?: number): string {
  const base = `/api/processes/${encodeURIComponent(processId)}`;
  return version === undefined ? `${base}/decision-log` : `${base}/versions/${version}/decision-log`;
}

export async function searchLibrary(filter: LibraryFilter): Promise<LibraryProcess[]> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value.trim()) params.set(key, value.trim());
  const query = params.toString();
  const data = await requestJson<{ processes: LibraryProcess[] }>(`/api/library${query ? `?${query}` : ''}`);
  return data.processes;
}

export async function fetchMyOrgs(): Promise<Org[]> {
  return (await requestJson<{ orgs: Org[] }>('/api/orgs')).orgs;
}

export function fetchProcessRecord(id: string): Promise<LibraryProcess> {
  return requestJson<LibraryProcess>(`/api/processes/${id}`);
}
