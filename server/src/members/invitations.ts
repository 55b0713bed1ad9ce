// Invitations to a municipality: an admin names an email and a role; the person accepts with a one-time link.
import { isRole, type Role } from '@prozesswerk/protocol';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.ts';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import { badRequest, conflict, DomainError, forbidden, notFound } from '../errors.ts';
import { newRecordId } from '../ids.ts';
import type { MemberInviteRecord } from '../store/admin-store.ts';
import type { Store, UserRecord } from '../store/store.ts';

export const MEMBER_INVITE_DAYS = 7;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.test(email)) throw badRequest('invalid-email', `Not an email address: ${raw}`);
  return email;
}

export async function inviteMember(
  store: Store,
  input: { orgId: string; email: string; role: string; createdBy: string },
  now = new Date(),
): Promise<{ invite: MemberInviteRecord; token: string }> {
  const email = normaliseEmail(input.email);
  if (!isRole(input.role)) throw badRequest('invalid-role', `Unknown role: ${input.role}`);
  const existing = await store.getUserByEmail(email);
  if (existing && (await store.listMemberships(existing.id)).some((m) => m.orgId === input.orgId)) {
    throw conflict('already-member', 'This person is already a member of the municipality.');
  }
  const token = newSecret('mem_');
  const invite: MemberInviteRecord = {
    id: newRecordId(),
    tokenHash: hashSecret(token),
    orgId: input.orgId,
    email,
    role: input.role,
    createdBy: input.createdBy,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + MEMBER_INVITE_DAYS * 86_400_000).toISOString(),
    acceptedAt: null,
    acceptedBy: null,
    revokedAt: null,
  };
  await store.createMemberInvite(invite);
  return { invite, token };
}

/** The invitation behind a link, or why it no longer works (a stable code the page explains). */
export async function findMemberInvite(
  store: Store,
  token: string,
  now = new Date(),
): Promise<MemberInviteRecord> {
  const invite = await store.getMemberInviteByTokenHash(hashSecret(token));
  if (!invite) throw notFound('invitation-not-found', 'This invitation link does not exist.');
  if (invite.acceptedAt) throw gone('invitation-accepted', 'This invitation was already accepted.');
  if (invite.revokedAt) throw gone('invitation-revoked', 'This invitation was withdrawn.');
  if (new Date(invite.expiresAt) <= now) throw gone('invitation-expired', 'This invitation has expired.');
  return invite;
}

const gone = (code: string, detail: string) => new DomainError(code, 410, 'Gone', detail);

export type AcceptInput = { name?: string | undefined; password?: string | undefined };

/**
 * Accepts for the invited email only: an existing account must be signed in (nobody joins a municipality
 * without their own consent), a new one is created with the name and password given.
 */
export async function acceptMemberInvite(
  store: Store,
  invite: MemberInviteRecord,
  signedIn: UserRecord | undefined,
  input: AcceptInput,
  now = new Date(),
): Promise<{ userId: string; role: Role; created: boolean }> {
  const account = await store.getUserByEmail(invite.email);
  if (signedIn && signedIn.id !== account?.id) {
    throw conflict(
      'signed-in-as-other',
      `You are signed in as ${signedIn.email}; this invitation is for ${invite.email}.`,
    );
  }
  let userId: string;
  if (account) {
    if (!signedIn) throw forbidden('sign-in-to-accept', `Please sign in as ${invite.email} to accept.`);
    userId = account.id;
  } else {
    const name = input.name?.trim() ?? '';
    if (!name) throw badRequest('invalid-input', 'A new account needs a display name.');
    if ((input.password ?? '').length < MIN_PASSWORD_LENGTH) {
      throw badRequest('weak-password', `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`);
    }
    userId = newRecordId();
    await store.createUser({
      id: userId,
      email: invite.email,
      name,
      passwordHash: await hashPassword(input.password ?? ''),
    });
  }
  if (!(await store.acceptMemberInvite(invite.id, userId, now.toISOString()))) {
    throw gone('invitation-accepted', 'This invitation was already accepted.');
  }
  return { userId, role: invite.role, created: !account };
}

export function publicMemberInvite(invite: MemberInviteRecord) {
  const { id, orgId, email, role, createdAt, expiresAt, acceptedAt, revokedAt } = invite;
  return { id, orgId, email, role, createdAt, expiresAt, acceptedAt, revokedAt };
}
