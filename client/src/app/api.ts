// The REST calls of the app shell: the process the editor opens (with this person's role), and signing in.
import { isRole, type Role } from '@prozesswerk/protocol';
import { requestJson } from '../shared/http.ts';

/** `originProcessId`: the process it was adopted from, null when it is no variant. */
export type ProcessInfo = { id: string; title: string; role: Role; originProcessId: string | null };

// A server run without accounts sends no role and everyone edits; with accounts, this is where it enters.
export async function fetchProcess(id: string): Promise<ProcessInfo> {
  const data = await requestJson<{ id: string; title?: unknown; role?: unknown; originProcessId?: unknown }>(
    `/api/processes/${id}`,
  );
  const role = typeof data.role === 'string' && isRole(data.role) ? data.role : 'editor';
  const originProcessId = typeof data.originProcessId === 'string' ? data.originProcessId : null;
  return { id: data.id, title: typeof data.title === 'string' ? data.title : '', role, originProcessId };
}

export async function login(email: string, password: string): Promise<void> {
  await requestJson<unknown>('/api/auth/login', 'POST', { email, password });
}
