// The storage interface of data protection: what a person's export reads, erasure in steps that survive a crash,
// and retention (expired sessions, guests past their time).
import type { AuditEntry, MemberInviteRecord } from './admin-store.ts';
import type { AccessTokenRecord, GuestRecord, InviteRecord, SessionRecord } from './store.ts';

export type ErasureReason = 'request' | 'retention';

/** What an erasure still has to find while it runs; cleared (set to null) once it finished. */
export type ErasurePending = { name: string; emails: string[] };

export type ErasureRecord = {
  /** The person id it was asked for (an account, or a workshop guest). */
  id: string;
  /** Every id the person acted under: their account and the guest ids linked to it. */
  personIds: string[];
  /** The number of their pseudonym, "Ehemalige Person 7". */
  pseudonym: number;
  kind: 'user' | 'guest';
  /** Municipalities whose admins may see that it happened. */
  orgIds: string[];
  requestedBy: string | null;
  reason: ErasureReason;
  startedAt: string;
  finishedAt: string | null;
  pending: ErasurePending | null;
};

export type NewErasure = Omit<ErasureRecord, 'pseudonym' | 'finishedAt'>;

export type PrivacyStore = {
  /** Sessions of any of the person ids (account or guest). */
  listSessionsOf(personIds: readonly string[]): Promise<SessionRecord[]>;
  listAccessTokensOf(userId: string): Promise<AccessTokenRecord[]>;
  /** Guest records of a signed-in person who joined workshops as a guest. */
  listGuestsOfUser(userId: string): Promise<GuestRecord[]>;
  listInvitesCreatedBy(personIds: readonly string[]): Promise<InviteRecord[]>;
  listMemberInvitesCreatedBy(personIds: readonly string[]): Promise<MemberInviteRecord[]>;
  /** Invitations naming an email (to let a person see, and an erasure remove, what names them). */
  listMemberInvitesFor(email: string): Promise<MemberInviteRecord[]>;
  /** Audit entries the person did or that concern them, in every municipality, newest first. */
  listAuditAbout(personIds: readonly string[], email: string): Promise<AuditEntry[]>;
  /** Every process id, for sweeping all documents. */
  listProcessIds(): Promise<string[]>;

  /**
   * Starts (or finds) an erasure, in one transaction: numbers its pseudonym, then deletes the account or guest
   * records with their sessions, tokens, reset links, memberships, visits and invitations naming their email, and
   * blanks their email in the audit log. The name and emails stay in `pending` until `finishErasure`, so that an
   * interrupted erasure can still find them in documents. Returns the existing erasure if there is one.
   */
  beginErasure(erasure: NewErasure): Promise<ErasureRecord>;
  /** Marks the erasure done and forgets its name and emails. */
  finishErasure(id: string, at: string): Promise<void>;
  /** The erasure that covers a person id, if they were erased (or are being). */
  getErasureOf(personId: string): Promise<ErasureRecord | undefined>;
  listUnfinishedErasures(): Promise<ErasureRecord[]>;
  /** Ids of erasures finished after `after` (by this server, another instance or the operator CLI). */
  listErasuresFinishedAfter(after: string): Promise<string[]>;

  /** Deletes sessions that expired before `now`; returns how many. */
  purgeExpiredSessions(now: string): Promise<number>;
  /** Deletes invitations and reset links that expired (or were used or withdrawn) before `before`. */
  purgeStaleLinks(before: string): Promise<number>;
  /** Guests whose workshop link expired or was revoked before `before` and who were not erased yet. */
  listGuestsPastRetention(before: string): Promise<GuestRecord[]>;
};
