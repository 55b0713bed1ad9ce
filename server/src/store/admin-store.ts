// The storage interface of member administration: invitations, password-reset links, activity and the audit log.
import type { Role } from '@prozesswerk/protocol';
import type { AccessTokenRecord, InviteRecord } from './store.ts';

/** An invitation to join a municipality with a role: a one-time link, accepted by the person it names. */
export type MemberInviteRecord = {
  id: string;
  tokenHash: string;
  orgId: string;
  email: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
};
export type NewMemberInvite = Omit<MemberInviteRecord, 'acceptedAt' | 'acceptedBy' | 'revokedAt'>;

/** A one-time link to set a new password; only its hash is stored. */
export type PasswordResetRecord = {
  tokenHash: string;
  userId: string;
  /** The admin who issued it; null when the operator did. */
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
};

export const AUDIT_ACTIONS = [
  'member.invited',
  'member.invite-revoked',
  'member.joined',
  'member.role-changed',
  'member.removed',
  'member.password-reset-issued',
  'token.revoked',
  'workshop-link.revoked',
  'person.exported',
  'person.erased',
  'version.published',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Small, non-personal facts about an action (roles, labels of things); never names or emails. */
export type AuditDetail = Record<string, string | number | boolean | null>;

/**
 * One administrative action in a municipality. People are kept as ids (names are looked up when the log is
 * read); `targetLabel` holds what has no id yet, such as the email of an invitation, and is blanked on erasure.
 */
export type AuditEntry = {
  seq: number;
  orgId: string;
  at: string;
  /** null: the operator (CLI) or the server itself (retention). */
  actorId: string | null;
  action: AuditAction;
  targetId: string | null;
  targetLabel: string;
  detail: AuditDetail;
};
export type NewAuditEntry = Omit<AuditEntry, 'seq'>;

export type MemberWithActivity = {
  userId: string;
  orgId: string;
  role: Role;
  email: string;
  name: string;
  /** When the person last used Prozesswerk (to the nearest few minutes); null: never since this was recorded. */
  lastActiveAt: string | null;
};

export type OrgInvite = InviteRecord & { processTitle: string; guests: number };
export type OrgAccessToken = Omit<AccessTokenRecord, 'tokenHash'> & { userName: string };

export type AdminStore = {
  createMemberInvite(invite: NewMemberInvite): Promise<void>;
  getMemberInvite(id: string): Promise<MemberInviteRecord | undefined>;
  getMemberInviteByTokenHash(tokenHash: string): Promise<MemberInviteRecord | undefined>;
  /** A municipality's invitations, newest first. */
  listMemberInvites(orgId: string): Promise<MemberInviteRecord[]>;
  revokeMemberInvite(id: string, at: string): Promise<void>;
  /**
   * Marks the invitation accepted by `userId` and gives them its role, in one transaction; false (and nothing
   * changed) when it was already accepted or revoked.
   */
  acceptMemberInvite(id: string, userId: string, at: string): Promise<boolean>;

  createPasswordReset(reset: Omit<PasswordResetRecord, 'usedAt'>): Promise<void>;
  getPasswordReset(tokenHash: string): Promise<PasswordResetRecord | undefined>;
  /**
   * Sets the new password, marks the link used and ends every browser session of the person, in one
   * transaction; false (and nothing changed) when the link was already used.
   */
  usePasswordReset(tokenHash: string, passwordHash: string, at: string): Promise<boolean>;

  /** Records that a person used Prozesswerk at `at`. */
  touchUser(userId: string, at: string): Promise<void>;
  listMembersWithActivity(orgId: string): Promise<MemberWithActivity[]>;
  /** Workshop links of every process of the municipality, newest first. */
  listOrgInvites(orgId: string): Promise<OrgInvite[]>;
  /** Access tokens of the municipality's members, newest first. */
  listOrgAccessTokens(orgId: string): Promise<OrgAccessToken[]>;
  getAccessTokenById(id: string): Promise<AccessTokenRecord | undefined>;

  appendAudit(entry: NewAuditEntry): Promise<void>;
  /** A municipality's audit log, newest first; `before` pages back by sequence number. */
  listAudit(orgId: string, page: { limit: number; before?: number | undefined }): Promise<AuditEntry[]>;
};
