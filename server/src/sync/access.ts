// Who a sync socket is and what role it has in the process; decided once, on upgrade.
import type { IncomingMessage } from 'node:http';
import type { CloseName, Role, RoomAddress } from '@prozesswerk/protocol';
import {
  displayName,
  personId,
  resolvePrincipal,
  roleForProcess,
  workshopGrantFor,
} from '../auth/principal.ts';
import { sessionFromCookieHeader } from '../auth/sessions.ts';
import { bearerToken } from '../auth/middleware.ts';
import type { Store } from '../store/store.ts';

export type SocketGrant = {
  ok: true;
  role: Role;
  label: string;
  personId: string;
  /** The process's municipality for its members; null for a workshop guest (who has none on the server). */
  municipality: string | null;
  /** The names of the person's municipalities, which they may show next to their name (none for a guest). */
  orgs?: string[];
  /** Credentials this socket stands on (token, session, invite); revoking one closes the socket. */
  credentialKeys: string[];
  /** When the credential expires by itself (ms since the epoch); the socket is closed then. */
  endsAt: number | null;
};
export type SocketRefusal = { ok: false; close: CloseName };

/** What of the upgrade request access is decided on: the URL and the headers. */
export type SocketRequest = Pick<IncomingMessage, 'url' | 'headers'>;

/** Decides a socket's role for one room, or refuses it with a named close reason. */
export type SocketAccess = (
  request: SocketRequest,
  address: RoomAddress,
) => Promise<SocketGrant | SocketRefusal>;

/**
 * The parts of an upgrade request that access reads, for asking again later: an open socket keeps these few strings
 * instead of the whole request (its headers, raw headers and stream state, a few KiB per connection).
 */
export function credentialsOf(request: SocketRequest): SocketRequest {
  const { authorization, cookie } = request.headers;
  return { url: request.url, headers: { authorization, cookie } };
}

/**
 * Sockets authenticate like REST calls: the session cookie (browsers send it on same-origin upgrades),
 * `?token=` or an Authorization header with a personal access token.
 */
export function createAccountAccess(store: Store): SocketAccess {
  return async function accountAccess(request, address) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const accessToken = url.searchParams.get('token') ?? bearerToken(request.headers.authorization);
    const sessionToken = sessionFromCookieHeader(request.headers.cookie);
    const principal = await resolvePrincipal(store, { accessToken, sessionToken });
    if (!principal) return { ok: false, close: 'unauthenticated' };
    const process = await store.getProcess(address.processId);
    const role = process ? roleForProcess(principal, process) : null;
    // Not visible and not existing look the same, so other municipalities' drafts stay invisible.
    if (!process || !role) return { ok: false, close: 'unknownProcess' };
    const credentialKeys = [`secret:${principal.secretHash}`];
    if (principal.kind === 'guest') credentialKeys.push(`invite:${principal.invite.id}`);
    else credentialKeys.push(userCredentialKey(principal.user.id));
    // A member of another municipality who joined the workshop link as themselves stands on that link too.
    const grant = workshopGrantFor(principal, process);
    if (grant) credentialKeys.push(`invite:${grant.inviteId}`);
    const ends = [principal.endsAt, grant?.expiresAt]
      .filter((at) => at !== undefined)
      .map((at) => Date.parse(at));
    const endsAt = ends.length ? Math.min(...ends) : null;
    const homeOrg = grant && principal.kind === 'user' ? principal.memberships[0]?.orgId : process.orgId;
    const municipality =
      principal.kind === 'guest' ? null : ((homeOrg && (await store.getOrg(homeOrg))?.name) ?? '');
    const orgs =
      principal.kind === 'guest'
        ? []
        : await Promise.all(
            principal.memberships.map(async (m) => (await store.getOrg(m.orgId))?.name ?? ''),
          );
    return {
      ok: true,
      role,
      label: displayName(principal),
      personId: personId(principal),
      municipality,
      orgs: orgs.filter((name) => name !== ''),
      credentialKeys,
      endsAt,
    };
  };
}

// The keys below are also written by the database triggers of access_events (store/*/migrations.ts).

/** The key under which all of one user's sockets are found, whatever secret opened them. */
export function userCredentialKey(userId: string): string {
  return `user:${userId}`;
}
