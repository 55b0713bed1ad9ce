// The storage interface every backend implements; routes, auth and sync depend only on this.
import type { Role } from '@prozesswerk/protocol';

export type ProcessRecord = {
  id: string;
  orgId: string | null;
  title: string;
  createdAt: string;
  updatedAt: string;
};
export type NewProcess = { id: string; title: string; orgId: string | null };

export type OrgRecord = { id: string; name: string; createdAt: string };
export type UserRecord = { id: string; email: string; name: string; passwordHash: string | null; createdAt: string };
export type MembershipRecord = { userId: string; orgId: string; role: Role };

/** A browser session belongs to a user or to a workshop guest; only the hash of its token is stored. */
export type SessionRecord = {
  tokenHash: string;
  userId: string | null;
  guestId: string | null;
  createdAt: string;
  expiresAt: string;
};

export type AccessTokenRecord = {
  id: string;
  tokenHash: string;
  userId: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
};

export type InviteRecord = {
  id: string;
  tokenHash: string;
  processId: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  maxUses: number;
  uses: number;
  revokedAt: string | null;
};

export type GuestRecord = { id: string; inviteId: string; processId: string; name: string; createdAt: string };

/** One document update to append to a room's log. */
export type RoomUpdate = { room: string; update: Uint8Array };

/** What a cold load needs: the compacted state (if any) and the log written since, in order. */
export type StoredDoc = { state: Uint8Array | null; updates: Uint8Array[] };

export type DocStore = {
  /** Compacted state plus the log tail of one room. */
  loadDoc(room: string): Promise<StoredDoc>;
  /** Appends updates for any number of rooms atomically: either all are stored or none. */
  appendUpdates(batch: readonly RoomUpdate[]): Promise<void>;
  /** Number of log entries a room has beyond its compacted state. */
  logLength(room: string): Promise<number>;
  /** Merges a room's log into its compacted state; safe while other writers append. */
  compact(room: string): Promise<void>;
};

export type ProcessStore = {
  createProcess(input: NewProcess): Promise<ProcessRecord>;
  getProcess(id: string): Promise<ProcessRecord | undefined>;
  /** Processes owned by any of the given organisations, newest change first. */
  listProcesses(orgIds: readonly string[]): Promise<ProcessRecord[]>;
};

export type PeopleStore = {
  createOrg(org: { id: string; name: string }): Promise<OrgRecord>;
  getOrg(id: string): Promise<OrgRecord | undefined>;
  listOrgs(): Promise<OrgRecord[]>;
  createUser(user: { id: string; email: string; name: string; passwordHash: string | null }): Promise<UserRecord>;
  getUser(id: string): Promise<UserRecord | undefined>;
  getUserByEmail(email: string): Promise<UserRecord | undefined>;
  setPassword(userId: string, passwordHash: string): Promise<void>;
  countUsers(): Promise<number>;
  /** Adds a membership or changes its role. */
  setMembership(membership: MembershipRecord): Promise<void>;
  removeMembership(userId: string, orgId: string): Promise<void>;
  listMemberships(userId: string): Promise<MembershipRecord[]>;
  listMembers(orgId: string): Promise<(MembershipRecord & { email: string; name: string })[]>;
};

export type CredentialStore = {
  createSession(session: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  createAccessToken(token: Omit<AccessTokenRecord, 'revokedAt'>): Promise<void>;
  getAccessToken(tokenHash: string): Promise<AccessTokenRecord | undefined>;
  /** Marks a token revoked; returns false when no such token exists. */
  revokeAccessToken(tokenHash: string, at: string): Promise<boolean>;
  createInvite(invite: Omit<InviteRecord, 'uses' | 'revokedAt'>): Promise<void>;
  getInvite(id: string): Promise<InviteRecord | undefined>;
  getInviteByTokenHash(tokenHash: string): Promise<InviteRecord | undefined>;
  listInvites(processId: string): Promise<InviteRecord[]>;
  revokeInvite(id: string, at: string): Promise<void>;
  /** Counts one use and creates the guest atomically; returns undefined when the invite is used up. */
  redeemInvite(inviteId: string, guest: GuestRecord): Promise<GuestRecord | undefined>;
  getGuest(id: string): Promise<GuestRecord | undefined>;
  /** A single key-value setting, such as the one-time setup token's hash. */
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string | null): Promise<void>;
};

export type Store = DocStore &
  ProcessStore &
  PeopleStore &
  CredentialStore & {
    readonly dialect: 'sqlite' | 'postgres';
    close(): Promise<void>;
  };
