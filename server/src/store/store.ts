// The storage interface every backend implements; routes, auth and sync depend only on this.
import type { FimTier, InviteRole, ProcessStatus } from '@prozesswerk/contract';
import type { Role } from '@prozesswerk/protocol';
import type { AdminStore } from './admin-store.ts';
import type { LiveCopy } from './live-copy.ts';
import type { PrivacyStore } from './privacy-store.ts';

export type { FimTier, ProcessStatus } from '@prozesswerk/contract';

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
  /** When the process stopped being shared in the library (null: never, or shared again since). */
  withdrawnAt: string | null;
};
export type NewProcess = { id: string; title: string; orgId: string | null } & Partial<
  Pick<
    ProcessRecord,
    'description' | 'leikaKey' | 'tier' | 'tags' | 'status' | 'originProcessId' | 'originVersion'
  >
> & {
    /**
     * The map the process starts with (an import, an adoption), stored in the same transaction as its record: one
     * Yjs update for its map room, and that map's words for its municipality's search.
     */
    startsWith?: { map: Uint8Array; searchText: string };
  };

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

/**
 * What the publisher agreed to show every other municipality besides the map and its metrics inputs: the internal
 * discussion, people's names (else only their municipality) and the municipality's hourly rates.
 */
export type PublicationConsent = {
  discussion: boolean;
  names: 'full' | 'municipality';
  hourlyRates: boolean;
};

/** A process as published to the library: the version, the metadata it had then, and what was shared with it. */
export type Publication = Pick<ProcessMeta, 'title' | 'description' | 'leikaKey' | 'tier' | 'tags'> & {
  processId: string;
  version: number;
  publishedAt: string;
  /** Absent in export files made before consents existed: then nothing beyond the map is shared. */
  consent: PublicationConsent;
};

/** Someone who agreed to a version; `id` is their person id, or a reference made up for a name typed in. */
export type AgreedBy = { id?: string; name: string; org: string };

/**
 * A person a sealed version names, kept outside its hash: the seal holds only a salted digest of salt, name,
 * municipality and email (an account's; '' for guests and typed-in names), so once this row is erased (with its
 * salt) nothing in the version tells who it was.
 */
export type VersionPerson = { personId: string; salt: string; name: string; org: string; email: string };

/** A name taken out of a version under Art. 17 DSGVO: when, the pseudonym shown instead, and why. */
export type VersionRedaction = { personId: string; redactedAt: string; pseudonym: string; reason: string };

export type SnapshotMeta = {
  processId: string;
  version: number;
  name: string;
  note: string;
  sha256: string;
  /** The names as frozen, or the pseudonym of someone erased since. */
  frozenBy: { id: string; name: string };
  frozenAt: string;
  agreedBy: AgreedBy[];
  /** How many names were taken out of this version under Art. 17 DSGVO. */
  redactedNames: number;
};
export type SnapshotRecord = SnapshotMeta & {
  /** The map's Yjs state as frozen. */
  mapState: Uint8Array;
  /** The discussion's Yjs state as frozen, people by id only (see seal.ts). */
  discussionState: Uint8Array;
  /** The sealed JSON the SHA-256 is taken of. */
  canonicalJson: string;
  people: VersionPerson[];
  redactions: VersionRedaction[];
  /** The fingerprint a version frozen before sealing (format 1) had; null for versions sealed when frozen. */
  previousSha256: string | null;
};
export type NewSnapshot = {
  processId: string;
  name: string;
  note: string;
  frozenAt: string;
  frozenById: string;
  agreedByIds: string[];
  mapState: Uint8Array;
  discussionState: Uint8Array;
  canonicalJson: string;
  sha256: string;
  people: VersionPerson[];
  previousSha256?: string | null;
};

/** A version that names a person (by id, or a typed-in name equal to theirs), for export and erasure. */
export type VersionMention = { processId: string; version: number; person: VersionPerson };

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
  role: InviteRole;
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
  /** The account of a signed-in person who joined as a guest; null (or absent in old exports) otherwise. */
  userId?: string | null;
  /**
   * The person joined as themselves, not as a guest: no guest session stands on this row; it gives the account
   * (`userId`) the link's role on the process while the link lasts.
   */
  asSelf?: boolean;
};

/** One document update to append to a room's log. */
export type RoomUpdate = { room: string; update: Uint8Array };

/** What a cold load needs: the compacted state (if any) and the log written since, in order. */
export type StoredDoc = { state: Uint8Array | null; updates: Uint8Array[] };

/** A room as a live room applies it: parts in order, and how long its log is (for compaction). */
export type RoomParts = {
  parts: Uint8Array[];
  logLength: number;
  skipped: number;
  /**
   * A state in slices of at most `maxStructs` structs that apply in order without waiting for each other (see
   * split-state.ts), computed in the worker thread; a large room integrates them one event-loop turn at a time.
   */
  split?: (state: Uint8Array, maxStructs: number) => Promise<Uint8Array[]>;
};

export type DocStore = {
  /** Compacted state plus the log tail of one room. */
  loadDoc(room: string): Promise<StoredDoc>;
  /**
   * A room ready to apply: the compacted state and a short log tail as they are; a long log merged first, in a
   * worker thread (`skipped` counts undecodable entries left out by that merge), so loading it never stalls the
   * other rooms. A backend may store that merge as the room's compaction right away (SQLite does; `logLength` is
   * then 0), and delete the merged entries after returning, before compactions requested after loadRoom returns
   * (one requested earlier may run first; it finds them merged already).
   */
  loadRoom(room: string): Promise<RoomParts>;
  /**
   * Appends updates for any number of rooms atomically: either all are stored or none. Writing a process's map
   * or discussion also marks the process as changed (its updatedAt): the first write in a couple of seconds in the
   * same transaction, later ones in that interval once it ends (and on close), so a busy room does not rewrite
   * its process row with every batch.
   */
  appendUpdates(batch: readonly RoomUpdate[]): Promise<void>;
  /** Number of log entries a room has beyond its compacted state. */
  logLength(room: string): Promise<number>;
  /**
   * Merges a room's log into its compacted state; safe while other writers append. `live`: the loaded room's
   * document, encoded instead of replaying the parts when it holds all of them (see live-copy.ts).
   */
  compact(room: string, live?: LiveCopy): Promise<void>;
};

/**
 * One remembered refusal of a room (see sync/refused-ranges.ts): with `len` null, the writer `client` is refused
 * from `clock` on; with a length, the items `clock … clock+len-1` of `client` that a refused update would have deleted.
 */
export type RefusalRecord = { client: number; clock: number; len: number | null };

export type RefusalStore = {
  /** Remembers refusals of a room for every instance; recording one that is known already is harmless. */
  recordRefusals(room: string, records: readonly RefusalRecord[]): Promise<void>;
  /** Everything remembered for a room, in no particular order. */
  loadRefusals(room: string): Promise<RefusalRecord[]>;
};

/** Why a credential's sockets must close: it ended (`forbidden`) or its role changed (`accessChanged`). */
export type AccessEventReason = 'forbidden' | 'accessChanged';

/**
 * A credential that ended or changed, written by database triggers whoever made the change (a REST call on any
 * instance, the CLI in another process, an operator's SQL). `credential` is a sync credential key
 * (`secret:<hash>`, `invite:<id>`, `user:<id>`, see sync/access.ts).
 */
export type AccessEvent = { seq: number; credential: string; why: AccessEventReason };

export type AccessEventStore = {
  /** Events with a sequence number above `afterSeq`, in order, at most `limit`. */
  listAccessEvents(afterSeq: number, limit: number): Promise<AccessEvent[]>;
  /** The highest sequence number written so far (0 when none). */
  lastAccessEventSeq(): Promise<number>;
  /** Forgets events up to `throughSeq`; every instance has long acted on them. */
  pruneAccessEvents(throughSeq: number): Promise<void>;
};

export type ProcessStore = {
  /** Creates a process, with the map it starts with if any: all of it in one transaction, or nothing. */
  createProcess(input: NewProcess): Promise<ProcessRecord>;
  getProcess(id: string): Promise<ProcessRecord | undefined>;
  /** Processes owned by any of the given organisations, newest change first. */
  listProcesses(orgIds: readonly string[]): Promise<ProcessRecord[]>;
  updateProcessMeta(id: string, patch: Partial<ProcessMeta>): Promise<ProcessRecord | undefined>;
  /** The words of a process's live map (step labels, lane names…) for its own municipality's search. */
  setSearchText(processId: string, text: string): Promise<void>;
  /**
   * Like setSearchText after an edit, but writes nothing when the words are already indexed (most edits move or
   * resize steps): no write, so no fsync or WAL record per settled edit of every open map.
   */
  updateSearchText(processId: string, text: string): Promise<void>;
  /** The words of the published version's map, for everyone else's search; ignored while nothing is published. */
  setPublishedSearchText(processId: string, text: string): Promise<void>;
  /**
   * Library search over what the caller may read: the live processes of their own municipalities, and of every other
   * municipality the published version only (its text, and its title, description, key, tier and tags as published,
   * which the records returned for it carry). Best match first, then newest change.
   */
  searchLibrary(query: LibraryQuery): Promise<ProcessRecord[]>;
  /**
   * What another municipality sees of a published process: its metadata as of its last publishing (kept after a
   * withdrawal, so variants can still name their origin as it was shared).
   */
  getPublication(processId: string): Promise<Publication | undefined>;
  /** Every process, for rebuilding the search index. */
  listProcessIds(): Promise<string[]>;
  /** Processes adopted from this one (its variants). */
  listVariants(processId: string): Promise<ProcessRecord[]>;
  /**
   * Moves a variant onto a newer version of its origin, only if it is still based on `from` (so two people
   * taking over at once cannot both do it); returns whether it moved.
   */
  advanceOriginVersion(processId: string, from: number, to: number): Promise<boolean>;
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
  /**
   * Shares a version with every municipality: sets the published version and the status, keeps the metadata as it
   * is now as the publication's, and indexes `searchText` (the words of that version's map) for everyone's search.
   */
  publishVersion(
    processId: string,
    version: number,
    searchText: string,
    consent?: PublicationConsent,
  ): Promise<void>;
  /**
   * Stops sharing a process in the library (status back to agreed, `withdrawnAt` set); its versions stay.
   * Returns false when nothing was published.
   */
  withdrawPublication(processId: string, at: string): Promise<boolean>;
  /**
   * The versions naming any of `personIds`, or naming someone typed in by hand (a reference starting with "x-")
   * by exactly one of `names`, compared without regard to case.
   */
  findVersionPeople(query: {
    personIds: readonly string[];
    names: readonly string[];
  }): Promise<VersionMention[]>;
  /**
   * Takes one person's name out of a version: records the redaction and deletes the name, in one transaction (the
   * database refuses to delete a name without its redaction record). False when it was already taken out.
   */
  redactVersionPerson(processId: string, version: number, redaction: VersionRedaction): Promise<boolean>;
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
  /** Stores the value unless the key has one already; returns the value that is stored (one winner across instances). */
  initSetting(key: string, value: string): Promise<string>;
  /** Deletes the setting if it holds exactly this value; true for the one caller that did (one-time tokens). */
  takeSetting(key: string, value: string): Promise<boolean>;
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
  /** Missing in exports made before publications kept their own metadata: then the processes' metadata is used. */
  publications?: Publication[];
};

/** The words of each process's live map and published map, for the search index a restore builds with the data. */
export type SearchTexts = { live: ReadonlyMap<string, string>; published: ReadonlyMap<string, string> };

export type OrgHourlyRates = HourlyRatesInput & { orgId: string; updatedAt: string };

export type DumpStore = {
  dumpAll(): Promise<StoreDump>;
  /**
   * Writes a dump into an empty store in one transaction, keeping ids, timestamps and version numbers, and builds
   * the search index from `search` in the same transaction: a restore is all there, searchable, or not at all.
   */
  restoreAll(dump: StoreDump, search: SearchTexts): Promise<void>;
};

export type Store = DocStore &
  RefusalStore &
  AccessEventStore &
  DumpStore &
  VisitStore &
  ProcessStore &
  SnapshotStore &
  PeopleStore &
  RateStore &
  CredentialStore &
  AdminStore &
  PrivacyStore & {
    readonly dialect: 'sqlite' | 'postgres';
    close(): Promise<void>;
  };
