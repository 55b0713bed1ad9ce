// SQLite: what a person's export reads, erasure steps (each one transaction) and retention.
import type Database from 'better-sqlite3';
import { toAuditEntry, toMemberInvite, type AuditRow, type MemberInviteRow } from '../admin-rows.ts';
import { toErasure, type ErasureRow } from '../privacy-sql.ts';
import type { ErasureRecord, NewErasure, PrivacyStore } from '../privacy-store.ts';
import {
  toGuest,
  toInvite,
  toSession,
  toToken,
  type GuestRow,
  type InviteRow,
  type SessionRow,
  type TokenRow,
} from '../rows.ts';

/** A list parameter: SQLite reads it with json_each. */
const list = (values: readonly string[]) => JSON.stringify(values);
const IN = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

export function sqlitePrivacyStore(db: Database.Database): PrivacyStore {
  const q = {
    sessions: db.prepare(
      `SELECT * FROM sessions WHERE ${IN('user_id')} OR ${IN('guest_id')} ORDER BY created_at`,
    ),
    tokens: db.prepare('SELECT * FROM access_tokens WHERE user_id = ? ORDER BY created_at'),
    guestsOfUser: db.prepare('SELECT * FROM guests WHERE user_id = ? ORDER BY created_at'),
    invitesBy: db.prepare(`SELECT * FROM invites WHERE ${IN('created_by')} ORDER BY created_at`),
    memberInvitesBy: db.prepare(`SELECT * FROM member_invites WHERE ${IN('created_by')} ORDER BY created_at`),
    memberInvitesFor: db.prepare('SELECT * FROM member_invites WHERE email = ? ORDER BY created_at'),
    audit: db.prepare(
      `SELECT * FROM audit_log WHERE ${IN('actor_id')} OR ${IN('target_id')} OR lower(target_label) = ?
       ORDER BY seq DESC`,
    ),
    processIds: db.prepare('SELECT id FROM processes ORDER BY id'),
    erasureOf: db.prepare(
      'SELECT e.* FROM erasures e JOIN erased_people p ON p.erasure_id = e.id WHERE p.person_id = ?',
    ),
    erasedIds: db.prepare('SELECT person_id FROM erased_people WHERE erasure_id = ? ORDER BY person_id'),
    unfinished: db.prepare('SELECT * FROM erasures WHERE finished_at IS NULL ORDER BY started_at'),
    finishedAfter: db.prepare('SELECT id FROM erasures WHERE finished_at > ? ORDER BY finished_at'),
    nextPseudonym: db.prepare('SELECT COALESCE(MAX(pseudonym), 0) + 1 AS n FROM erasures'),
    insertErasure: db.prepare(
      `INSERT INTO erasures (id, pseudonym, kind, org_ids, requested_by, reason, started_at, pending)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertErased: db.prepare('INSERT OR IGNORE INTO erased_people (person_id, erasure_id) VALUES (?, ?)'),
    finish: db.prepare('UPDATE erasures SET finished_at = ?, pending = NULL WHERE id = ?'),
    deleteSessions: db.prepare(`DELETE FROM sessions WHERE ${IN('user_id')} OR ${IN('guest_id')}`),
    deleteVisits: db.prepare(`DELETE FROM process_visits WHERE ${IN('person_id')}`),
    // Deleting the account takes its memberships, tokens and reset links with it (ON DELETE CASCADE).
    deleteGuests: db.prepare(`DELETE FROM guests WHERE ${IN('id')}`),
    deleteUsers: db.prepare(`DELETE FROM users WHERE ${IN('id')}`),
    deleteInvitesFor: db.prepare(
      'DELETE FROM member_invites WHERE lower(email) IN (SELECT lower(value) FROM json_each(?))',
    ),
    blankAuditLabels: db.prepare(
      `UPDATE audit_log SET target_label = ''
       WHERE lower(target_label) IN (SELECT lower(value) FROM json_each(?))`,
    ),
    purgeSessions: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
    purgeInvites: db.prepare(
      `DELETE FROM member_invites WHERE expires_at < @before OR revoked_at < @before OR accepted_at < @before`,
    ),
    purgeResets: db.prepare('DELETE FROM password_resets WHERE expires_at < @before OR used_at < @before'),
    guestsPast: db.prepare(
      `SELECT g.* FROM guests g JOIN invites i ON i.id = g.invite_id
       WHERE i.expires_at < @before OR i.revoked_at < @before ORDER BY g.created_at`,
    ),
  };

  const withIds = (row: ErasureRow | undefined): ErasureRecord | undefined =>
    row &&
    toErasure(
      row,
      (q.erasedIds.all(row.id) as { person_id: string }[]).map((r) => r.person_id),
    );

  const findErasure = (personIds: readonly string[]) => {
    for (const id of personIds) {
      const found = withIds(q.erasureOf.get(id) as ErasureRow | undefined);
      if (found) return found;
    }
    return undefined;
  };

  const begin = db.transaction((e: NewErasure): ErasureRecord => {
    const existing = findErasure([e.id, ...e.personIds]);
    if (existing) return existing;
    const pseudonym = (q.nextPseudonym.get() as { n: number }).n;
    q.insertErasure.run(
      e.id,
      pseudonym,
      e.kind,
      JSON.stringify(e.orgIds),
      e.requestedBy,
      e.reason,
      e.startedAt,
      e.pending === null ? null : JSON.stringify(e.pending),
    );
    const ids = [...new Set([e.id, ...e.personIds])];
    for (const id of ids) q.insertErased.run(id, e.id);
    q.deleteSessions.run(list(ids), list(ids));
    q.deleteVisits.run(list(ids));
    q.deleteGuests.run(list(ids));
    q.deleteUsers.run(list(ids));
    const emails = list(e.pending?.emails ?? []);
    q.deleteInvitesFor.run(emails);
    q.blankAuditLabels.run(emails);
    return findErasure([e.id])!;
  });

  return {
    listSessionsOf: async (ids) => (q.sessions.all(list(ids), list(ids)) as SessionRow[]).map(toSession),
    listAccessTokensOf: async (userId) => (q.tokens.all(userId) as TokenRow[]).map(toToken),
    listGuestsOfUser: async (userId) => (q.guestsOfUser.all(userId) as GuestRow[]).map(toGuest),
    listInvitesCreatedBy: async (ids) => (q.invitesBy.all(list(ids)) as InviteRow[]).map(toInvite),
    listMemberInvitesCreatedBy: async (ids) =>
      (q.memberInvitesBy.all(list(ids)) as MemberInviteRow[]).map(toMemberInvite),
    listMemberInvitesFor: async (email) =>
      (q.memberInvitesFor.all(email) as MemberInviteRow[]).map(toMemberInvite),
    listAuditAbout: async (ids, email) =>
      (q.audit.all(list(ids), list(ids), email.toLowerCase()) as AuditRow[]).map(toAuditEntry),
    listProcessIds: async () => (q.processIds.all() as { id: string }[]).map((r) => r.id),

    beginErasure: async (erasure) => begin(erasure),
    finishErasure: async (id, at) => void q.finish.run(at, id),
    getErasureOf: async (personId) => findErasure([personId]),
    listUnfinishedErasures: async () => (q.unfinished.all() as ErasureRow[]).map((row) => withIds(row)!),

    listErasuresFinishedAfter: async (after) =>
      (q.finishedAfter.all(after) as { id: string }[]).map((r) => r.id),
    purgeExpiredSessions: async (now) => q.purgeSessions.run(now).changes,
    purgeStaleLinks: async (before) =>
      q.purgeInvites.run({ before }).changes + q.purgeResets.run({ before }).changes,
    listGuestsPastRetention: async (before) => (q.guestsPast.all({ before }) as GuestRow[]).map(toGuest),
  };
}
