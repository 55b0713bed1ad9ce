// Rows of the member-administration tables as both dialects return them, and their mappers.
import type { Role } from '@prozesswerk/protocol';
import type {
  AuditAction,
  AuditDetail,
  AuditEntry,
  MemberInviteRecord,
  OrgAccessToken,
  OrgInvite,
  PasswordResetRecord,
} from './admin-store.ts';
import { toInvite, type InviteRow } from './rows.ts';

export type MemberInviteRow = {
  id: string;
  token_hash: string;
  org_id: string;
  email: string;
  role: Role;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
};
export const toMemberInvite = (r: MemberInviteRow): MemberInviteRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  orgId: r.org_id,
  email: r.email,
  role: r.role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  acceptedAt: r.accepted_at,
  acceptedBy: r.accepted_by,
  revokedAt: r.revoked_at,
});

export type PasswordResetRow = {
  token_hash: string;
  user_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
};
export const toPasswordReset = (r: PasswordResetRow): PasswordResetRecord => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
});

export type AuditRow = {
  seq: number | string;
  org_id: string;
  at: string;
  actor_id: string | null;
  action: AuditAction;
  target_id: string | null;
  target_label: string;
  detail: string;
};
export const toAuditEntry = (r: AuditRow): AuditEntry => ({
  seq: Number(r.seq),
  orgId: r.org_id,
  at: r.at,
  actorId: r.actor_id,
  action: r.action,
  targetId: r.target_id,
  targetLabel: r.target_label,
  detail: JSON.parse(r.detail) as AuditDetail,
});

export type OrgInviteRow = InviteRow & { process_title: string; guests: number | string };
export const toOrgInvite = (r: OrgInviteRow): OrgInvite => ({
  ...toInvite(r),
  processTitle: r.process_title,
  guests: Number(r.guests),
});

export type OrgTokenRow = {
  id: string;
  user_id: string;
  user_name: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
};
export const toOrgToken = (r: OrgTokenRow): OrgAccessToken => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name,
  label: r.label,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** Invitations, links and tokens of a municipality, as the same SQL for both dialects ($1 = the org id). */
export const ORG_INVITES_SQL = `
  SELECT i.*, p.title AS process_title, (SELECT COUNT(*) FROM guests g WHERE g.invite_id = i.id) AS guests
  FROM invites i JOIN processes p ON p.id = i.process_id
  WHERE p.org_id = $1 ORDER BY i.created_at DESC, i.id`;
export const ORG_TOKENS_SQL = `
  SELECT t.id, t.user_id, u.name AS user_name, t.label, t.created_at, t.revoked_at
  FROM access_tokens t JOIN users u ON u.id = t.user_id
  WHERE t.user_id IN (SELECT user_id FROM memberships WHERE org_id = $1)
  ORDER BY t.created_at DESC, t.id`;
