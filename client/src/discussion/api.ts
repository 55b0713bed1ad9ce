// REST calls of the discussion: the members one can mention, and recording a visit for "since your last visit".
import type { Person } from '@prozesswerk/process-model';
import { request, requestJson } from '../shared/http.ts';

const processPath = (processId: string) => `/api/processes/${encodeURIComponent(processId)}`;

/** When this person last looked at the discussion of the process (null: never), without recording a visit. */
export async function fetchLastSeen(processId: string): Promise<string | null> {
  const body = await requestJson<{ lastSeenAt?: unknown }>(`${processPath(processId)}/unread`);
  return typeof body.lastSeenAt === 'string' ? body.lastSeenAt : null;
}

/** Records a visit now; `keepalive` lets the request finish while the page is being left. */
export async function recordVisit(processId: string, keepalive = false): Promise<void> {
  await request<unknown>(`${processPath(processId)}/visits`, { method: 'POST', keepalive });
}

/** The members of the process's municipality, for @mentions of people who are not here right now. */
export async function fetchMembers(processId: string): Promise<Person[]> {
  const body = await requestJson<{ people?: unknown }>(`${processPath(processId)}/people`);
  if (!Array.isArray(body.people)) return [];
  return body.people.filter(
    (person): person is Person =>
      typeof person === 'object' &&
      person !== null &&
      typeof (person as Person).id === 'string' &&
      typeof (person as Person).name === 'string',
  );
}
