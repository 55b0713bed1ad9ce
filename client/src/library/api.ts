// REST calls of the process library: search, unread counts, decision logs, my municipalities, metadata, new processes, lineage and adopt.
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

export type LibraryFilter = { q: string; org: string; status: string; tier: string; tag: string };
export const NO_FILTER: LibraryFilter = { q: '', org: '', status: '', tier: '', tag: '' };

export type Org = { id: string; name: string; role: Role };

export type MetaPatch = Partial<{
  title: string;
  description: string;
  leikaKey: string | null;
  tier: FimTier | null;
  tags: string[];
  status: 'draft' | 'workshop';
}>;

export type LineageEntry = {
  id: string;
  title: string;
  orgName: string;
  tier: FimTier | null;
  publishedVersion: number | null;
  originVersion: number | null;
  role: Role | null;
};
export type Lineage = {
  origin: (LineageEntry & { version: number | null }) | null;
  variants: LineageEntry[];
  hiddenVariants: number;
};

/** What is new in one process since my last visit; the server lists only processes with something new. */
export type UnreadCount = {
  processId: string;
  unreadThreads: number;
  unreadComments: number;
  mentions: number;
};

export async function fetchUnread(): Promise<UnreadCount[]> {
  return (await requestJson<{ processes: UnreadCount[] }>('/api/unread')).processes;
}

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

export function createProcessIn(orgId: string, title: string): Promise<{ id: string }> {
  return requestJson<{ id: string }>('/api/processes', 'POST', { title, orgId });
}

export function updateProcessMeta(id: string, patch: MetaPatch): Promise<LibraryProcess> {
  return requestJson<LibraryProcess>(`/api/processes/${id}`, 'PATCH', patch);
}

export function fetchProcessRecord(id: string): Promise<LibraryProcess> {
  return requestJson<LibraryProcess>(`/api/processes/${id}`);
}

export function fetchLineage(id: string): Promise<Lineage> {
  return requestJson<Lineage>(`/api/processes/${id}/lineage`);
}

export function adoptVersion(
  id: string,
  version: number,
  orgId: string,
  title?: string,
): Promise<{ id: string }> {
  return requestJson<{ id: string }>(`/api/processes/${id}/versions/${version}/adopt`, 'POST', {
    orgId,
    ...(title ? { title } : {}),
  });
}
