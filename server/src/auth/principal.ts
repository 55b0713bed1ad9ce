// Who is calling: a signed-in user (by session cookie or access token) or a workshop guest, resolved from secrets.
import type { Role } from '@prozesswerk/protocol';
import type { GuestRecord, InviteRecord, MembershipRecord, Store, UserRecord } from '../store/store.ts';
import { hashSecret } from './tokens.ts';

export type UserPrincipal = {
  kind: 'user';
  user: UserRecord;
  memberships: MembershipRecord[];
  via: 'session' | 'token';
  /** Hash of the session or token secret that authenticated this call. */
  secretHash: string;
};
export type GuestPrincipal = {
  kind: 'guest';
  guest: GuestRecord;
  invite: InviteRecord;
  secretHash: string;
};
export type Principal = UserPrincipal | GuestPrincipal;

export type Credentials = { sessionToken?: string | undefined; accessToken?: string | undefined };

export async function resolvePrincipal(
  store: Store,
  credentials: Credentials,
  now = new Date(),
): Promise<Principal | null> {
  if (credentials.accessToken) return resolveAccessToken(store, credentials.accessToken);
  if (credentials.sessionToken) return resolveSession(store, credentials.sessionToken, now);
  return null;
}

async function resolveAccessToken(store: Store, secret: string): Promise<Principal | null> {
  const secretHash = hashSecret(secret);
  const token = await store.getAccessToken(secretHash);
  if (!token || token.revokedAt) return null;
  const user = await store.getUser(token.userId);
  if (!user) return null;
  return { kind: 'user', user, memberships: await store.listMemberships(user.id), via: 'token', secretHash };
}

async function resolveSession(store: Store, secret: string, now: Date): Promise<Principal | null> {
  const secretHash = hashSecret(secret);
  const session = await store.getSession(secretHash);
  if (!session || new Date(session.expiresAt) <= now) return null;
  if (session.userId) {
    const user = await store.getUser(session.userId);
    if (!user) return null;
    return {
      kind: 'user',
      user,
      memberships: await store.listMemberships(user.id),
      via: 'session',
      secretHash,
    };
  }
  if (!session.guestId) return null;
  const guest = await store.getGuest(session.guestId);
  const invite = guest ? await store.getInvite(guest.inviteId) : undefined;
  if (!guest || !invite || !inviteGrantsAccess(invite, now)) return null;
  return { kind: 'guest', guest, invite, secretHash };
}

/** A guest's access lasts while the link it came through is neither revoked nor expired. */
export function inviteGrantsAccess(invite: InviteRecord, now = new Date()): boolean {
  return !invite.revokedAt && new Date(invite.expiresAt) > now;
}

export function roleInOrg(principal: Principal, orgId: string | null): Role | null {
  if (principal.kind !== 'user' || !orgId) return null;
  return principal.memberships.find((m) => m.orgId === orgId)?.role ?? null;
}

/** The caller's role for one process: membership of its municipality, or the guest link's role. */
export function roleForProcess(
  principal: Principal,
  process: { id: string; orgId: string | null },
): Role | null {
  if (principal.kind === 'guest')
    return principal.guest.processId === process.id ? principal.invite.role : null;
  return roleInOrg(principal, process.orgId);
}

export function displayName(principal: Principal): string {
  return principal.kind === 'user' ? principal.user.name : principal.guest.name;
}

/** The id a person acts under (authorship, visits, who froze or invited): their user id, or their guest id. */
export function personId(principal: Principal): string {
  return principal.kind === 'user' ? principal.user.id : principal.guest.id;
}
