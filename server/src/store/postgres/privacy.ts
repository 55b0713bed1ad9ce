// PostgreSQL: what a person's export reads, erasure steps (each one transaction) and retention.
import type { Pool, PoolClient } from 'pg';
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
import { inTransaction } from './pool.ts';

type Queryable = Pick<PoolClient, 'query'>;

async function rows<R>(db: Queryable, sql: string, params: unknown[]): Promise<R[]> {
  return (await db.query<R & Record<string, unknown>>(sql, params)).rows;
}

async function findErasure(db: Queryable, personIds: readonly string[]): Promise<ErasureRecord | undefined> {
  const [row] = await rows<ErasureRow>(
    db,
    `SELECT e.* FROM erasures e JOIN erased_people p ON p.erasure_id = e.id
     WHERE p.person_id = ANY($1::text[]) LIMIT 1`,
    [personIds],
  );
  if (!row) return undefined;
  const ids = await rows<{ person_id: string }>(
    db,
    'SELECT person_id FROM erased_people WHERE erasure_id = $1 ORDER BY person_id',
    [row.id],
  );
  return toErasure(
    row,
    ids.map((r) => r.person_id),
  );
}

async function begin(client: PoolClient, e: NewErasure): Promise<ErasureRecord> {
  // One erasure at a time, from any instance: pseudonym numbers never collide, a second request waits and finds it.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('prozesswerk:erasure'))");
  const existing = await findErasure(client, [e.id, ...e.personIds]);
  if (existing) return existing;
  const ids = [...new Set([e.id, ...e.personIds])];
  await client.query(
    `INSERT INTO erasures (id, pseudonym, kind, org_ids, requested_by, reason, started_at, pending)
     SELECT $1, COALESCE(MAX(pseudonym), 0) + 1, $2, $3, $4, $5, $6, $7 FROM erasures`,
    [
      e.id,
      e.kind,
      JSON.stringify(e.orgIds),
      e.requestedBy,
      e.reason,
      e.startedAt,
      e.pending === null ? null : JSON.stringify(e.pending),
    ],
  );
  await client.query(
    `INSERT INTO erased_people (person_id, erasure_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING`,
    [ids, e.id],
  );
  await client.query('DELETE FROM sessions WHERE user_id = ANY($1::text[]) OR guest_id = ANY($1::text[])', [
    ids,
  ]);
  await client.query('DELETE FROM process_visits WHERE person_id = ANY($1::text[])', [ids]);
  await client.query('DELETE FROM guests WHERE id = ANY($1::text[])', [ids]);
  // Deleting the account takes its memberships, tokens and reset links with it (ON DELETE CASCADE).
  await client.query('DELETE FROM users WHERE id = ANY($1::text[])', [ids]);
  const emails = (e.pending?.emails ?? []).map((email) => email.toLowerCase());
  await client.query('DELETE FROM member_invites WHERE lower(email) = ANY($1::text[])', [emails]);
  await client.query("UPDATE audit_log SET target_label = '' WHERE lower(target_label) = ANY($1::text[])", [
    emails,
  ]);
  return (await findErasure(client, [e.id]))!;
}

export function postgresPrivacyStore(pool: Pool): PrivacyStore {
  return {
    listSessionsOf: async (ids) =>
      (
        await rows<SessionRow>(
          pool,
          'SELECT * FROM sessions WHERE user_id = ANY($1::text[]) OR guest_id = ANY($1::text[]) ORDER BY created_at',
          [ids],
        )
      ).map(toSession),
    listAccessTokensOf: async (userId) =>
      (
        await rows<TokenRow>(pool, 'SELECT * FROM access_tokens WHERE user_id = $1 ORDER BY created_at', [
          userId,
        ])
      ).map(toToken),
    listGuestsOfUser: async (userId) =>
      (
        await rows<GuestRow>(pool, 'SELECT * FROM guests WHERE user_id = $1 ORDER BY created_at', [userId])
      ).map(toGuest),
    listInvitesCreatedBy: async (ids) =>
      (
        await rows<InviteRow>(
          pool,
          'SELECT * FROM invites WHERE created_by = ANY($1::text[]) ORDER BY created_at',
          [ids],
        )
      ).map(toInvite),
    listMemberInvitesCreatedBy: async (ids) =>
      (
        await rows<MemberInviteRow>(
          pool,
          'SELECT * FROM member_invites WHERE created_by = ANY($1::text[]) ORDER BY created_at',
          [ids],
        )
      ).map(toMemberInvite),
    listMemberInvitesFor: async (email) =>
      (
        await rows<MemberInviteRow>(
          pool,
          'SELECT * FROM member_invites WHERE lower(email) = lower($1) ORDER BY created_at',
          [email],
        )
      ).map(toMemberInvite),
    listAuditAbout: async (ids, email) =>
      (
        await rows<AuditRow>(
          pool,
          `SELECT * FROM audit_log WHERE actor_id = ANY($1::text[]) OR target_id = ANY($1::text[])
             OR lower(target_label) = lower($2)
           ORDER BY seq DESC`,
          [ids, email],
        )
      ).map(toAuditEntry),
    listProcessIds: async () =>
      (await rows<{ id: string }>(pool, 'SELECT id FROM processes ORDER BY id', [])).map((r) => r.id),

    beginErasure: (erasure) => inTransaction(pool, (client) => begin(client, erasure)),
    async finishErasure(id, at) {
      await pool.query('UPDATE erasures SET finished_at = $2, pending = NULL WHERE id = $1', [id, at]);
    },
    getErasureOf: (personId) => findErasure(pool, [personId]),
    async listUnfinishedErasures() {
      const unfinished = await rows<ErasureRow>(
        pool,
        'SELECT * FROM erasures WHERE finished_at IS NULL ORDER BY started_at',
        [],
      );
      return (await Promise.all(unfinished.map((row) => findErasure(pool, [row.id])))).filter(
        (e): e is ErasureRecord => e !== undefined,
      );
    },

    listErasuresFinishedAfter: async (after) =>
      (
        await rows<{ id: string }>(
          pool,
          'SELECT id FROM erasures WHERE finished_at > $1 ORDER BY finished_at',
          [after],
        )
      ).map((r) => r.id),
    async purgeExpiredSessions(now) {
      return (await pool.query('DELETE FROM sessions WHERE expires_at < $1', [now])).rowCount ?? 0;
    },
    async purgeStaleLinks(before) {
      const invites = await pool.query(
        'DELETE FROM member_invites WHERE expires_at < $1 OR revoked_at < $1 OR accepted_at < $1',
        [before],
      );
      const resets = await pool.query('DELETE FROM password_resets WHERE expires_at < $1 OR used_at < $1', [
        before,
      ]);
      return (invites.rowCount ?? 0) + (resets.rowCount ?? 0);
    },
    listGuestsPastRetention: async (before) =>
      (
        await rows<GuestRow>(
          pool,
          `SELECT g.* FROM guests g JOIN invites i ON i.id = g.invite_id
           WHERE i.expires_at < $1 OR i.revoked_at < $1 ORDER BY g.created_at`,
          [before],
        )
      ).map(toGuest),
  };
}
