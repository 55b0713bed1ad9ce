// The REST calls the client makes, with the role of the current user in one place.
import { isRole, type Role } from '@prozesswerk/protocol';

export type ProcessInfo = { id: string; title: string; role: Role };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new ApiError(response.status, `${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

// Until accounts exist the server sends no role and everyone edits; when it does, this is where it enters.
export async function fetchProcess(id: string): Promise<ProcessInfo> {
  const data = await json<{ id: string; title?: unknown; role?: unknown }>(
    await fetch(`/api/processes/${id}`),
  );
  const role = typeof data.role === 'string' && isRole(data.role) ? data.role : 'editor';
  return { id: data.id, title: typeof data.title === 'string' ? data.title : '', role };
}

export type SessionInfo = { name: string; municipality: string };

/** Who is signed in, or undefined when nobody is (or the server has no accounts). */
export async function fetchSession(): Promise<SessionInfo | undefined> {
  const response = await fetch('/api/auth/session');
  if (response.status === 401 || response.status === 404) return undefined;
  const data = await json<{ name?: unknown; orgs?: { name?: unknown }[] }>(response);
  const municipality = data.orgs?.[0]?.name;
  return {
    name: typeof data.name === 'string' ? data.name : '',
    municipality: typeof municipality === 'string' ? municipality : '',
  };
}

/** Ends this browser's session (a member's or a workshop guest's). */
export async function logout(): Promise<void> {
  const response = await fetch('/api/auth/logout', { method: 'POST' });
  if (!response.ok && response.status !== 401) throw new ApiError(response.status, 'logout-failed');
}

export async function login(email: string, password: string): Promise<void> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  await json<unknown>(response);
}
