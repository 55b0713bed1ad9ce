// Who is signed in (a member or a workshop guest), as the server's session says, and signing out.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Person } from '@prozesswerk/process-model';
import { isProblem, request } from './http.ts';
import { sharedKeys } from './query-keys.ts';

export type SessionInfo = {
  name: string;
  municipality: string;
  /** A member's account (not a workshop guest's session). */
  account: boolean;
};

type SessionBody = {
  name?: unknown;
  user?: { id?: unknown };
  guest?: { id?: unknown };
  orgs?: { name?: unknown }[];
};

/** The session body, or undefined when nobody is signed in (or the server has no accounts). */
async function readSession(): Promise<SessionBody | undefined> {
  try {
    return await request<SessionBody>('/api/auth/session');
  } catch (error) {
    if (isProblem(error, 401, 404)) return undefined;
    throw error;
  }
}

/*
 * One request answers everyone who asks within a few seconds: the app shell (who is here) and the editor (whose
 * comments are mine) both ask as the editor opens, a second or more apart on weak Wi-Fi, where each request is a
 * round trip. Signing in or joining loads the page anew, so no answer outlives a change of who is signed in.
 */
const sessionBodyQuery = queryOptions({
  queryKey: sharedKeys.sessionBody,
  queryFn: readSession,
  staleTime: 10_000,
  retry: false,
});

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Who is signed in, or undefined when nobody is (or the server has no accounts). */
export async function fetchSession(queries: QueryClient): Promise<SessionInfo | undefined> {
  const body = await queries.fetchQuery(sessionBodyQuery);
  return (
    body && {
      name: text(body.name),
      municipality: text(body.orgs?.[0]?.name),
      account: text(body.user?.id) !== '',
    }
  );
}

/** Ends this browser's session (a member's or a workshop guest's). */
export async function logout(): Promise<void> {
  try {
    await request<unknown>('/api/auth/logout', { method: 'POST' });
  } catch (error) {
    if (!isProblem(error, 401)) throw error;
  }
}

const LOCAL_ID_KEY = 'prozesswerk.discussionId';

/*
 * The person as authorship knows them: the id the server knows (user id, or guest id for an invite
 * link), so "mine", one's own edits and mentions survive reloads and other tabs. Only a server
 * without sign-in leaves us a browser-local id.
 */
export async function fetchPerson(queries: QueryClient, fallbackName: string): Promise<Person> {
  const body = await queries.fetchQuery(sessionBodyQuery);
  const id = text(body?.user?.id) || text(body?.guest?.id);
  if (!id) return { id: localPersonId(), name: fallbackName };
  const name = text(body?.name).trim() ? text(body?.name) : fallbackName;
  const org = text(body?.orgs?.[0]?.name);
  return org ? { id, name, org } : { id, name };
}

function localPersonId(): string {
  const known = localStorage.getItem(LOCAL_ID_KEY);
  if (known) return known;
  const created = `local-${crypto.randomUUID()}`;
  localStorage.setItem(LOCAL_ID_KEY, created);
  return created;
}
