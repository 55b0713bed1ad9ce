// REST calls of the library page: unread counts, new processes and their metadata (process records are in shared/).
import { requestJson } from '../shared/http.ts';
import type { FimTier, LibraryProcess } from '../shared/processes-api.ts';

export type MetaPatch = Partial<{
  title: string;
  description: string;
  leikaKey: string | null;
  tier: FimTier | null;
  tags: string[];
  status: 'draft' | 'workshop';
}>;

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

export function createProcessIn(orgId: string, title: string): Promise<{ id: string }> {
  return requestJson<{ id: string }>('/api/processes', 'POST', { title, orgId });
}

export function updateProcessMeta(id: string, patch: MetaPatch): Promise<LibraryProcess> {
  return requestJson<LibraryProcess>(`/api/processes/${id}`, 'PATCH', patch);
}
