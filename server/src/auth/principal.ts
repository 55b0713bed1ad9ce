// Who is calling: a signed-in user (by session cookie or access token) or a workshop guest, resolved from secrets.
import { atLeast, type Role } from '@prozesswerk/protocol';
import type { GuestRecord, InviteRecord, MembershipRecord, Store, UserRecord } from '../store/store.ts';
import { hashSecret } from './tokens.ts';

export type UserPrincipal = {
  kind: 'user';
  user: UserRecord;
  memberships: MembershipRecord[];
  via: 'session' | 'token';
  /** Hash of the session or token secret that authenticated this call. */
  secretHash: string;
  /** When the credential stops working by itself (a session's expiry); absent for access tokens. */
  endsAt?: string;
  /** Workshop links this person joined as themselves and that still work: a role on one process each. */
  workshopGrants?: WorkshopGrant[];
};
/** A role on one process from a workshop link the person joined as themselves (keeping account and municipality). */
export type WorkshopGrant = { processId: string; role: Role; inviteId: string; expiresAt: string };
export type GuestPrincipal = {
  kind: 'guest';
  guest: GuestRecord;
  invite: InviteRecord;
  secretHash: string;
  /** The earlier of the session's and the invite link's expiry. */
  endsAt?: string;
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
  return {
    kind: 'user',
    user,
    memberships: await store.listMemberships(user.id),
    via: 'token',
    secretHash,
    workshopGrants: await workshopGrants(store, user.id, new Date()),
  };
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
      endsAt: session.expiresAt,
      workshopGrants: await workshopGrants(store, user.id, now),
    };
  }
  if (!session.guestId) return null;
  const guest = await store.getGuest(session.guestId);
  const invite = guest ? await store.getInvite(guest.inviteId) : undefined;
  if (!guest || !invite || !inviteGrantsAccess(invite, now)) return null;
  const endsAt = new Date(
    Math.min(Date.parse(session.expiresAt), Date.parse(invite.expiresAt)),
  ).toISOString();
  return { kind: 'guest', guest, invite, secretHash, endsAt };
}

/** The links a user joined as themselves that still grant access (the rows are few: one per workshop joined). */
export async function workshopGrants(store: Store, userId: string, now: Date): Promise<WorkshopGrant[]> {
  const grants: WorkshopGrant[] = [];
  for (const row of await store.listGuestsOfUser(userId)) {
    if (!row.asSelf) continue;
    const invite = await store.getInvite(row.inviteId);
    if (!invite || !inviteGrantsAccess(invite, now)) continue;
    grants.push({
      processId: row.processId,
      role: invite.role,
      inviteId: invite.id,
      expiresAt: invite.expiresAt,
    });
  }
  return grants;
}

/** The workshop link a user's role on a process comes from, when no membership gives as much. */
export function workshopGrantFor(principal: Principal, process: { id: string; orgId: string | null }) {
  if (principal.kind !== 'user') return undefined;
  const member = roleInOrg(principal, process.orgId);
  const grant = (principal.workshopGrants ?? [])
    .filter((g) => g.processId === process.id)
    .sort((a, b) => (atLeast(a.role, b.role) ? -1 : 1))[0];
  return grant && (!member || !atLeast(member, grant.role)) ? grant : undefined;
}

/** A guest's access lasts while the link it came through is neither revoked nor expired. */
export function inviteGrantsAccess(invite: InviteRecord, now = new Date()): boolean {
  return !invite.revokedAt && new Date(invite.expiresAt) > now;
}

export function roleInOrg(principal: Principal, orgId: string | null): Role | null {
  if (principal.kind !== 'user' || !orgId) return null;
  return principal.memberships.find((m) => m.orgId === orgId)?.role ?? null;
}

/**
 * The caller's role for one process: membership of its municipality, or the guest link's role; a member who joined
 * a workshop link as themselves has the higher of their membership's role and the link's.
 */
export function roleForProcess(
  principal: Principal,
  process: { id: string; orgId: string | null },
): Role | null {
  if (principal.kind === 'guest')
    return principal.guest.processId === process.id ? principal.invite.role : null;
  return workshopGrantFor(principal, process)?.role ?? roleInOrg(principal, process.orgId);
}

export function displayName(principal: Principal): string {
  return principal.kind === 'user' ? principal.user.name : principal.guest.name;
}

/** The id a person acts under (authorship, visits, who froze or invited): their user id, or their guest id. */
export function personId(principal: Principal): string {
  return principal.kind === 'user' ? principal.user.id : principal.guest.id;
}
