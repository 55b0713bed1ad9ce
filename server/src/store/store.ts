// The storage interface every backend implements; routes, auth and sync depend only on this.
import type { Role } from '@prozesswerk/protocol';

export const PROCESS_STATUSES = ['draft', 'workshop', 'agreed', 'published'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];
/** FIM tiers: federal master process → reference process → a municipality's local process. */
export const FIM_TIERS = ['stamm', 'referenz', 'lokal'] as const;
export type FimTier = (typeof FIM_TIERS)[number];

export type ProcessMeta = {
  title: string;
  description: string;
  /** LeiKa service key (Leistungsschlüssel), e.g. 99050012104000. */
  leikaKey: string | null;
  tier: FimTier | null;
  tags: string[];
  status: ProcessStatus;
};

export type ProcessRecord = ProcessMeta & {
  id: string;
  orgId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Lineage: the process and version this one was adopted from. */
  originProcessId: string | null;
  originVersion: number | null;
  /** The version shared with every municipality in the library, if any. */
  publishedVersion: number | null;
};
export type NewProcess = { id: string; title: string; orgId: string | null } & Partial<
  Pick<
    ProcessRecord,
    'description' | 'leikaKey' | 'tier' | 'tags' | 'status' | 'originProcessId' | 'originVersion'
  >
>;

export type LibraryQuery = {
  /** Municipalities whose drafts the caller may see. */
  memberOrgIds: readonly string[];
  /** Also include other municipalities' published processes. */
  includePublished: boolean;
  text?: string | undefined;
  orgId?: string | undefined;
  status?: ProcessStatus | undefined;
  tier?: FimTier | undefined;
  tag?: string | undefined;
  limit?: number | undefined;
};

export type AgreedBy = { name: string; org: string };

export type SnapshotMeta = {
  processId: string;
  version: number;
  name: string;
  note: string;
  sha256: string;
  frozenBy: { id: string; name: string };
  frozenAt: string;
  agreedBy: AgreedBy[];
};
export type SnapshotRecord = SnapshotMeta & {
  mapState: Uint8Array;
  discussionState: Uint8Array;
  canonicalJson: string;
};
export type NewSnapshot = Omit<SnapshotRecord, 'version'>;

export type OrgRecord = { id: string; name: string; createdAt: string };
export type UserRecord = {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  createdAt: string;
};
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

export type GuestRecord = {
  id: string;
  inviteId: string;
  processId: string;
  name: string;
  createdAt: string;
};

/** One document update to append to a room's log. */
export type RoomUpdate = { room: string; update: Uint8Array };

/** What a cold load needs: the compacted state (if any) and the log written since, in order. */
export type StoredDoc = { state: Uint8Array | null; updates: Uint8Array[] };

export type DocStore = {
  /** Compacted state plus the log tail of one room. */
  loadDoc(room: string): Promise<StoredDoc>;
  /**
   * Appends updates for any number of rooms atomically: either all are stored or none. Writing a process's map
   * or discussion also marks the process as changed (its updatedAt).
   */
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
  updateProcessMeta(id: string, patch: Partial<ProcessMeta>): Promise<ProcessRecord | undefined>;
  /** The words of a process's map (step labels, lane names) for full-text search. */
  setSearchText(processId: string, text: string): Promise<void>;
  /** Library search: visible processes matching the filters, newest change first. */
  searchLibrary(query: LibraryQuery): Promise<ProcessRecord[]>;
  /** Processes adopted from this one (its variants). */
  listVariants(processId: string): Promise<ProcessRecord[]>;
};

export type VisitStore = {
  /** Records that a person looked at a process now; returns when they had looked before (null: never). */
  recordVisit(personId: string, processId: string, at: string): Promise<string | null>;
  /** When a person last looked at each process they have visited. */
  listVisits(personId: string): Promise<Map<string, string>>;
};

export type SnapshotStore = {
  /** Stores a frozen version with the next number and marks the process agreed, atomically. */
  createSnapshot(input: NewSnapshot): Promise<SnapshotRecord>;
  listSnapshots(processId: string): Promise<SnapshotMeta[]>;
  getSnapshot(processId: string, version: number): Promise<SnapshotRecord | undefined>;
  /** Shares a version with every municipality: sets the published version and the status. */
  publishVersion(processId: string, version: number): Promise<void>;
};

export type PeopleStore = {
  createOrg(org: { id: string; name: string }): Promise<OrgRecord>;
  getOrg(id: string): Promise<OrgRecord | undefined>;
  listOrgs(): Promise<OrgRecord[]>;
  createUser(user: {
    id: string;
    email: string;
    name: string;
    passwordHash: string | null;
  }): Promise<UserRecord>;
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

/** A municipality's hourly staff rates in euros, for the staff cost of its processes. */
export type HourlyRates = {
  /** Used for activities whose role (or lane) has no rate of its own; null: none set. */
  defaultRate: number | null;
  /** Rates per role name (or lane label), in the order the admin entered them. */
  roles: { role: string; rate: number }[];
  /** When the rates were last saved; null while none were ever saved. */
  updatedAt: string | null;
};

export type HourlyRatesInput = {
  defaultRate: number | null;
  roles: readonly { readonly role: string; readonly rate: number }[];
};

export type RateStore = {
  /** The municipality's rates; no rates at all (null default, no roles) when none were ever saved. */
  getHourlyRates(orgId: string): Promise<HourlyRates>;
  /** Replaces all of a municipality's rates at once. */
  setHourlyRates(orgId: string, rates: HourlyRatesInput, at: string): Promise<HourlyRates>;
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

/** Everything a deployment holds, for moving between backends (browser sessions are left out: people sign in again). */
export type StoreDump = {
  orgs: OrgRecord[];
  users: UserRecord[];
  memberships: MembershipRecord[];
  processes: ProcessRecord[];
  /** Each room's log merged into one state. */
  docs: { room: string; state: Uint8Array }[];
  snapshots: SnapshotRecord[];
  accessTokens: AccessTokenRecord[];
  invites: InviteRecord[];
  guests: GuestRecord[];
  /** Missing in exports made before hourly rates existed. */
  hourlyRates?: OrgHourlyRates[];
};

export type OrgHourlyRates = HourlyRatesInput & { orgId: string; updatedAt: string };

export type DumpStore = {
  dumpAll(): Promise<StoreDump>;
  /** Writes a dump into an empty store in one transaction, keeping ids, timestamps and version numbers. */
  restoreAll(dump: StoreDump): Promise<void>;
};

export type Store = DocStore &
  DumpStore &
  VisitStore &
  ProcessStore &
  SnapshotStore &
  PeopleStore &
  RateStore &
  CredentialStore & {
    readonly dialect: 'sqlite' | 'postgres';
    close(): Promise<void>;
  };
