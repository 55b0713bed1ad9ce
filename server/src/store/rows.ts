// Database rows as both dialects return them (snake_case columns) and the mappers to the records of store.ts.
import type { Role } from '@prozesswerk/protocol';
import type { InviteRole } from '@prozesswerk/contract';
import type {
  AccessTokenRecord,
  FimTier,
  GuestRecord,
  InviteRecord,
  MembershipRecord,
  OrgRecord,
  ProcessRecord,
  ProcessStatus,
  Publication,
  SessionRecord,
  UserRecord,
} from './store.ts';
import { parseConsent } from './publication-consent.ts';

export type OrgRow = { id: string; name: string; created_at: string };
export type UserRow = {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  created_at: string;
};
export type MembershipRow = { user_id: string; org_id: string; role: Role };

export const toOrg = (r: OrgRow): OrgRecord => ({ id: r.id, name: r.name, createdAt: r.created_at });
export const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
});
export const toMembership = (r: MembershipRow): MembershipRecord => ({
  userId: r.user_id,
  orgId: r.org_id,
  role: r.role,
});

export type SessionRow = {
  token_hash: string;
  user_id: string | null;
  guest_id: string | null;
  created_at: string;
  expires_at: string;
};
export type TokenRow = {
  id: string;
  token_hash: string;
  user_id: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
};
export type InviteRow = {
  id: string;
  token_hash: string;
  process_id: string;
  role: InviteRole;
  created_by: string;
  created_at: string;
  expires_at: string;
  max_uses: number;
  uses: number;
  revoked_at: string | null;
};
export type GuestRow = {
  id: string;
  invite_id: string;
  process_id: string;
  name: string;
  created_at: string;
  user_id?: string | null;
  /** 0/1 in SQLite, a boolean in PostgreSQL; absent before the column existed. */
  as_self?: number | boolean | null;
};

export const toSession = (r: SessionRow): SessionRecord => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  guestId: r.guest_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});
export const toToken = (r: TokenRow): AccessTokenRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  userId: r.user_id,
  label: r.label,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});
export const toInvite = (r: InviteRow): InviteRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  processId: r.process_id,
  role: r.role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  maxUses: r.max_uses,
  uses: r.uses,
  revokedAt: r.revoked_at,
});
export const toGuest = (r: GuestRow): GuestRecord => ({
  id: r.id,
  inviteId: r.invite_id,
  processId: r.process_id,
  name: r.name,
  createdAt: r.created_at,
  userId: r.user_id ?? null,
  ...(r.as_self ? { asSelf: true } : {}),
});

/** Tags as a list; SQLite stores them as JSON text and parses them first (see sqlite/rows.ts). */
export type ProcessRow = {
  id: string;
  org_id: string | null;
  title: string;
  description: string;
  leika_key: string | null;
  tier: FimTier | null;
  tags: string[];
  status: ProcessStatus;
  origin_process_id: string | null;
  origin_version: number | null;
  published_version: number | null;
  withdrawn_at: string | null;
  created_at: string;
  updated_at: string;
};

export const toProcess = (r: ProcessRow): ProcessRecord => ({
  id: r.id,
  orgId: r.org_id,
  title: r.title,
  description: r.description,
  leikaKey: r.leika_key,
  tier: r.tier,
  tags: r.tags,
  status: r.status,
  originProcessId: r.origin_process_id,
  originVersion: r.origin_version,
  publishedVersion: r.published_version,
  withdrawnAt: r.withdrawn_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Tags as a list; SQLite stores them as JSON text and parses them first (see sqlite/rows.ts). */
export type PublicationRow = {
  process_id: string;
  version: number;
  title: string;
  description: string;
  leika_key: string | null;
  tier: FimTier | null;
  tags: string[];
  published_at: string;
  consent: string;
};

export const toPublication = (r: PublicationRow): Publication => ({
  processId: r.process_id,
  version: r.version,
  title: r.title,
  description: r.description,
  leikaKey: r.leika_key,
  tier: r.tier,
  tags: r.tags,
  publishedAt: r.published_at,
  consent: parseConsent(r.consent),
});
