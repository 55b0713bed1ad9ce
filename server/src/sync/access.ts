// Who a sync socket is and what role it has in the process; decided once, on upgrade.
import type { IncomingMessage } from 'node:http';
import type { CloseName, Role, RoomAddress } from '@prozesswerk/protocol';
import { displayName, resolvePrincipal, roleForProcess } from '../auth/principal.ts';
import { sessionFromCookieHeader } from '../auth/sessions.ts';
import { bearerToken } from '../auth/middleware.ts';
import type { Store } from '../store/store.ts';

export type SocketGrant = {
  ok: true;
  role: Role;
  label: string;
  /** Credentials this socket stands on (token, session, invite); revoking one closes the socket. */
  credentialKeys: string[];
};
export type SocketRefusal = { ok: false; close: CloseName };

/** Decides a socket's role for one room, or refuses it with a named close reason. */
export type SocketAccess = (
  request: IncomingMessage,
  address: RoomAddress,
) => Promise<SocketGrant | SocketRefusal>;

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
    return { ok: true, role, label: displayName(principal), credentialKeys };
  };
}

/** The key under which all of one user's sockets are found, whatever secret opened them. */
export function userCredentialKey(userId: string): string {
  return `user:${userId}`;
}
