// REST calls of the discussion: who I am in discussion documents, and recording a visit for "since your last visit".
import type { Person } from '@prozesswerk/process-model';

const LOCAL_ID_KEY = 'prozesswerk.discussionId';

type SessionBody = {
  name?: unknown;
  user?: { id?: unknown; name?: unknown };
  guest?: { id?: unknown };
  orgs?: { name?: unknown }[];
};

/*
 * The id the server knows (user id, or guest id for an invite link), so "mine", one's own edits and
 * mentions survive reloads and other tabs. Only a server without sign-in leaves us a browser-local id.
 */
export async function fetchDiscussionPerson(fallbackName: string): Promise<Person> {
  const response = await fetch('/api/auth/session');
  if (response.ok) {
    const body = (await response.json()) as SessionBody;
    const id = typeof body.user?.id === 'string' ? body.user.id : body.guest?.id;
    const name = typeof body.name === 'string' && body.name.trim() ? body.name : fallbackName;
    const org = body.orgs?.[0]?.name;
    if (typeof id === 'string' && id)
      return typeof org === 'string' && org ? { id, name, org } : { id, name };
  } else if (response.status !== 401 && response.status !== 404) {
    throw new Error(`session: ${response.status}`);
  }
  return { id: localPersonId(), name: fallbackName };
}

function localPersonId(): string {
  const known = localStorage.getItem(LOCAL_ID_KEY);
  if (known) return known;
  const created = `local-${crypto.randomUUID()}`;
  localStorage.setItem(LOCAL_ID_KEY, created);
  return created;
}

/** When this person last looked at the discussion of the process (null: never), without recording a visit. */
export async function fetchLastSeen(processId: string): Promise<string | null> {
  const response = await fetch(`/api/processes/${encodeURIComponent(processId)}/unread`);
  if (!response.ok) throw new Error(`unread: ${response.status}`);
  const body = (await response.json()) as { lastSeenAt?: unknown };
  return typeof body.lastSeenAt === 'string' ? body.lastSeenAt : null;
}

/** Records a visit now; `keepalive` lets the request finish while the page is being left. */
export async function recordVisit(processId: string, keepalive = false): Promise<void> {
  const response = await fetch(`/api/processes/${encodeURIComponent(processId)}/visits`, {
    method: 'POST',
    keepalive,
  });
  if (!response.ok) throw new Error(`visit: ${response.status}`);
}

/** The members of the process's municipality, for @mentions of people who are not here right now. */
export async function fetchMembers(processId: string): Promise<Person[]> {
  const response = await fetch(`/api/processes/${encodeURIComponent(processId)}/people`);
  if (!response.ok) throw new Error(`people: ${response.status}`);
  const body = (await response.json()) as { people?: unknown };
  if (!Array.isArray(body.people)) return [];
  return body.people.filter(
    (person): person is Person =>
      typeof person === 'object' &&
      person !== null &&
      typeof (person as Person).id === 'string' &&
      typeof (person as Person).name === 'string',
  );
}
