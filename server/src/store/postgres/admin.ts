// PostgreSQL: member invitations, password-reset links, activity, a municipality's links and tokens, the audit log.
import type { Pool } from 'pg';
import type { AdminStore, MemberWithActivity } from '../admin-store.ts';
import {
  ORG_INVITES_SQL,
  ORG_TOKENS_SQL,
  toAuditEntry,
  toMemberInvite,
  toOrgInvite,
  toOrgToken,
  toPasswordReset,
  type AuditRow,
  type MemberInviteRow,
  type OrgInviteRow,
  type OrgTokenRow,
  type PasswordResetRow,
} from '../admin-rows.ts';
import { toToken, type TokenRow } from '../rows.ts';

// Accepting and granting the role is one statement: one transaction, and the row lock makes a second accept wait
// and then find the invitation taken.
const ACCEPT = `
  WITH accepted AS (
    UPDATE member_invites SET accepted_at = $3, accepted_by = $2
    WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING org_id, role
  ), granted AS (
    INSERT INTO memberships (user_id, org_id, role) SELECT $2, org_id, role FROM accepted
    ON CONFLICT (user_id, org_id) DO UPDATE SET role = excluded.role
  )
  SELECT count(*)::int AS n FROM accepted`;

const USE_RESET = `
  WITH used AS (
    UPDATE password_resets SET used_at = $3 WHERE token_hash = $1 AND used_at IS NULL RETURNING user_id
  ), changed AS (
    UPDATE users SET password_hash = $2 WHERE id IN (SELECT user_id FROM used)
  ), ended AS (
    DELETE FROM sessions WHERE user_id IN (SELECT user_id FROM used)
  )
  SELECT count(*)::int AS n FROM used`;

export function postgresAdminStore(pool: Pool): AdminStore {
  const one = async <R>(sql: string, params: unknown[]): Promise<R | undefined> =>
    (await pool.query<R & Record<string, unknown>>(sql, params)).rows[0];
  const all = async <R>(sql: string, params: unknown[]): Promise<R[]> =>
    (await pool.query<R & Record<string, unknown>>(sql, params)).rows;

  return {
    async createMemberInvite(i) {
      await pool.query(
        `INSERT INTO member_invites (id, token_hash, org_id, email, role, created_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [i.id, i.tokenHash, i.orgId, i.email, i.role, i.createdBy, i.createdAt, i.expiresAt],
      );
    },
    async getMemberInvite(id) {
      const row = await one<MemberInviteRow>('SELECT * FROM member_invites WHERE id = $1', [id]);
      return row && toMemberInvite(row);
    },
    async getMemberInviteByTokenHash(hash) {
      const row = await one<MemberInviteRow>('SELECT * FROM member_invites WHERE token_hash = $1', [hash]);
      return row && toMemberInvite(row);
    },
    listMemberInvites: async (orgId) =>
      (
        await all<MemberInviteRow>(
          'SELECT * FROM member_invites WHERE org_id = $1 ORDER BY created_at DESC, id',
          [orgId],
        )
      ).map(toMemberInvite),
    async revokeMemberInvite(id, at) {
      await pool.query(
        `UPDATE member_invites SET revoked_at = $2
         WHERE id = $1 AND revoked_at IS NULL AND accepted_at IS NULL`,
        [id, at],
      );
    },
    acceptMemberInvite: async (id, userId, at) =>
      ((await one<{ n: number }>(ACCEPT, [id, userId, at]))?.n ?? 0) > 0,

    async createPasswordReset(r) {
      await pool.query(
        `INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [r.tokenHash, r.userId, r.createdBy, r.createdAt, r.expiresAt],
      );
    },
    async getPasswordReset(hash) {
      const row = await one<PasswordResetRow>('SELECT * FROM password_resets WHERE token_hash = $1', [hash]);
      return row && toPasswordReset(row);
    },
    usePasswordReset: async (hash, passwordHash, at) =>
      ((await one<{ n: number }>(USE_RESET, [hash, passwordHash, at]))?.n ?? 0) > 0,

    async touchUser(userId, at) {
      await pool.query('UPDATE users SET last_active_at = $2 WHERE id = $1', [userId, at]);
    },
    listMembersWithActivity: async (orgId) =>
      (
        await all<{
          user_id: string;
          org_id: string;
          role: MemberWithActivity['role'];
          email: string;
          name: string;
          last_active_at: string | null;
        }>(
          `SELECT m.user_id, m.org_id, m.role, u.email, u.name, u.last_active_at FROM memberships m
           JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 ORDER BY u.name, u.id`,
          [orgId],
        )
      ).map((r) => ({
        userId: r.user_id,
        orgId: r.org_id,
        role: r.role,
        email: r.email,
        name: r.name,
        lastActiveAt: r.last_active_at,
      })),
    listOrgInvites: async (orgId) => (await all<OrgInviteRow>(ORG_INVITES_SQL, [orgId])).map(toOrgInvite),
    listOrgAccessTokens: async (orgId) => (await all<OrgTokenRow>(ORG_TOKENS_SQL, [orgId])).map(toOrgToken),
    async getAccessTokenById(id) {
      const row = await one<TokenRow>('SELECT * FROM access_tokens WHERE id = $1', [id]);
      return row && toToken(row);
    },

    async appendAudit(e) {
      await pool.query(
        `INSERT INTO audit_log (org_id, at, actor_id, action, target_id, target_label, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [e.orgId, e.at, e.actorId, e.action, e.targetId, e.targetLabel, JSON.stringify(e.detail)],
      );
    },
    listAudit: async (orgId, { limit, before }) =>
      (
        await all<AuditRow>(
          'SELECT * FROM audit_log WHERE org_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3',
          [orgId, before ?? Number.MAX_SAFE_INTEGER, limit],
        )
      ).map(toAuditEntry),
  };
}
