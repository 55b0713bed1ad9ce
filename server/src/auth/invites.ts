// Workshop invite links: created per process with a role, expiry and use limit; redeemed by guests by name.
import type { InviteRole } from '@prozesswerk/contract';
import { DomainError, notFound } from '../errors.ts';
import { newRecordId } from '../ids.ts';
import type { InviteRecord, Store } from '../store/store.ts';
import { hashSecret, newSecret } from './tokens.ts';

export type NewInvite = {
  processId: string;
  role: InviteRole;
  expiresInHours: number;
  maxUses: number;
  createdBy: string;
};

export async function createInvite(
  store: Store,
  input: NewInvite,
): Promise<{ invite: InviteRecord; token: string }> {
  const token = newSecret('inv_');
  const now = new Date();
  const record = {
    id: newRecordId(),
    tokenHash: hashSecret(token),
    processId: input.processId,
    role: input.role,
    createdBy: input.createdBy,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + input.expiresInHours * 3_600_000).toISOString(),
    maxUses: input.maxUses,
  };
  await store.createInvite(record);
  return { invite: { ...record, uses: 0, revokedAt: null }, token };
}

/** Why a link does not work any more, as a stable code the join page can explain. */
export function inviteProblem(invite: InviteRecord | undefined, now = new Date()): DomainError | null {
  if (!invite) return notFound('invite-not-found', 'This invite link does not exist.');
  if (invite.revokedAt)
    return new DomainError('invite-revoked', 410, 'Gone', 'This invite link was revoked.');
  if (new Date(invite.expiresAt) <= now)
    return new DomainError('invite-expired', 410, 'Gone', 'This invite link has expired.');
  if (invite.uses >= invite.maxUses)
    return new DomainError('invite-used-up', 410, 'Gone', 'This invite link has been used up.');
  return null;
}

export async function findInvite(store: Store, token: string): Promise<InviteRecord> {
  const invite = await store.getInviteByTokenHash(hashSecret(token));
  const problem = inviteProblem(invite);
  if (problem || !invite) throw problem ?? notFound('invite-not-found');
  return invite;
}

export function publicInvite(invite: InviteRecord) {
  return {
    id: invite.id,
    processId: invite.processId,
    role: invite.role,
    createdAt: invite.createdAt,
    expiresAt: invite.expiresAt,
    maxUses: invite.maxUses,
    uses: invite.uses,
    revokedAt: invite.revokedAt,
  };
}
