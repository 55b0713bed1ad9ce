// Database rows as both dialects return them (snake_case columns) and the mappers to the records of store.ts.
import type { Role } from '@prozesswerk/protocol';
import type {
  AccessTokenRecord,
  AgreedBy,
  FimTier,
  GuestRecord,
  InviteRecord,
  MembershipRecord,
  OrgRecord,
  ProcessRecord,
  ProcessStatus,
  SessionRecord,
  SnapshotMeta,
  SnapshotRecord,
  UserRecord,
} from './store.ts';

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
  role: Role;
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
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** agreed_by as a list; SQLite stores it as JSON text and parses it first (see sqlite/rows.ts). */
export type SnapshotMetaRow = {
  process_id: string;
  version: number;
  name: string;
  note: string;
  sha256: string;
  frozen_by_id: string;
  frozen_by_name: string;
  frozen_at: string;
  agreed_by: AgreedBy[];
};
export type SnapshotRow = SnapshotMetaRow & {
  map_state: Buffer;
  discussion_state: Buffer;
  canonical_json: string;
};

export const toMeta = (r: SnapshotMetaRow): SnapshotMeta => ({
  processId: r.process_id,
  version: r.version,
  name: r.name,
  note: r.note,
  sha256: r.sha256,
  frozenBy: { id: r.frozen_by_id, name: r.frozen_by_name },
  frozenAt: r.frozen_at,
  agreedBy: r.agreed_by,
});
export const toSnapshot = (r: SnapshotRow): SnapshotRecord => ({
  ...toMeta(r),
  mapState: new Uint8Array(r.map_state),
  discussionState: new Uint8Array(r.discussion_state),
  canonicalJson: r.canonical_json,
});
