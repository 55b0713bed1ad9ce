// SQLite: member invitations, password-reset links, activity, a municipality's links and tokens, the audit log.
import type Database from 'better-sqlite3';
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

/** The shared SQL uses $1 (once each); better-sqlite3 binds plain ? in order. */
const numbered = (sql: string) => sql.replace(/\$\d+/g, '?');

export function sqliteAdminStore(db: Database.Database): AdminStore {
  const q = {
    insertInvite: db.prepare(
      `INSERT INTO member_invites (id, token_hash, org_id, email, role, created_by, created_at, expires_at)
       VALUES (@id, @tokenHash, @orgId, @email, @role, @createdBy, @createdAt, @expiresAt)`,
    ),
    invite: db.prepare('SELECT * FROM member_invites WHERE id = ?'),
    inviteByHash: db.prepare('SELECT * FROM member_invites WHERE token_hash = ?'),
    invites: db.prepare('SELECT * FROM member_invites WHERE org_id = ? ORDER BY created_at DESC, id'),
    revokeInvite: db.prepare(
      'UPDATE member_invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND accepted_at IS NULL',
    ),
    acceptInvite: db.prepare(
      `UPDATE member_invites SET accepted_at = ?, accepted_by = ?
       WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL RETURNING org_id, role`,
    ),
    upsertMembership: db.prepare(
      `INSERT INTO memberships (user_id, org_id, role) VALUES (?, ?, ?)
       ON CONFLICT (user_id, org_id) DO UPDATE SET role = excluded.role`,
    ),
    insertReset: db.prepare(
      `INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at)
       VALUES (@tokenHash, @userId, @createdBy, @createdAt, @expiresAt)`,
    ),
    reset: db.prepare('SELECT * FROM password_resets WHERE token_hash = ?'),
    useReset: db.prepare(
      'UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL RETURNING user_id',
    ),
    setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    endSessions: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
    touch: db.prepare('UPDATE users SET last_active_at = ? WHERE id = ?'),
    members: db.prepare(
      `SELECT m.user_id, m.org_id, m.role, u.email, u.name, u.last_active_at FROM memberships m
       JOIN users u ON u.id = m.user_id WHERE m.org_id = ? ORDER BY u.name, u.id`,
    ),
    orgInvites: db.prepare(numbered(ORG_INVITES_SQL)),
    orgTokens: db.prepare(numbered(ORG_TOKENS_SQL)),
    tokenById: db.prepare('SELECT * FROM access_tokens WHERE id = ?'),
    insertAudit: db.prepare(
      `INSERT INTO audit_log (org_id, at, actor_id, action, target_id, target_label, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    audit: db.prepare('SELECT * FROM audit_log WHERE org_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?'),
  };

  const accept = db.transaction((id: string, userId: string, at: string): boolean => {
    const row = q.acceptInvite.get(at, userId, id) as { org_id: string; role: string } | undefined;
    if (!row) return false;
    q.upsertMembership.run(userId, row.org_id, row.role);
    return true;
  });

  const useReset = db.transaction((tokenHash: string, passwordHash: string, at: string): boolean => {
    const row = q.useReset.get(at, tokenHash) as { user_id: string } | undefined;
    if (!row) return false;
    q.setPassword.run(passwordHash, row.user_id);
    q.endSessions.run(row.user_id);
    return true;
  });

  return {
    createMemberInvite: async (invite) => void q.insertInvite.run(invite),
    getMemberInvite: async (id) => {
      const row = q.invite.get(id) as MemberInviteRow | undefined;
      return row && toMemberInvite(row);
    },
    getMemberInviteByTokenHash: async (hash) => {
      const row = q.inviteByHash.get(hash) as MemberInviteRow | undefined;
      return row && toMemberInvite(row);
    },
    listMemberInvites: async (orgId) => (q.invites.all(orgId) as MemberInviteRow[]).map(toMemberInvite),
    revokeMemberInvite: async (id, at) => void q.revokeInvite.run(at, id),
    acceptMemberInvite: async (id, userId, at) => accept(id, userId, at),

    createPasswordReset: async (reset) => void q.insertReset.run(reset),
    getPasswordReset: async (hash) => {
      const row = q.reset.get(hash) as PasswordResetRow | undefined;
      return row && toPasswordReset(row);
    },
    usePasswordReset: async (hash, passwordHash, at) => useReset(hash, passwordHash, at),

    touchUser: async (userId, at) => void q.touch.run(at, userId),
    listMembersWithActivity: async (orgId) =>
      (
        q.members.all(orgId) as {
          user_id: string;
          org_id: string;
          role: MemberWithActivity['role'];
          email: string;
          name: string;
          last_active_at: string | null;
        }[]
      ).map((r) => ({
        userId: r.user_id,
        orgId: r.org_id,
        role: r.role,
        email: r.email,
        name: r.name,
        lastActiveAt: r.last_active_at,
      })),
    listOrgInvites: async (orgId) => (q.orgInvites.all(orgId) as OrgInviteRow[]).map(toOrgInvite),
    listOrgAccessTokens: async (orgId) => (q.orgTokens.all(orgId) as OrgTokenRow[]).map(toOrgToken),
    getAccessTokenById: async (id) => {
      const row = q.tokenById.get(id) as TokenRow | undefined;
      return row && toToken(row);
    },

    appendAudit: async (e) =>
      void q.insertAudit.run(
        e.orgId,
        e.at,
        e.actorId,
        e.action,
        e.targetId,
        e.targetLabel,
        JSON.stringify(e.detail),
      ),
    listAudit: async (orgId, { limit, before }) =>
      (q.audit.all(orgId, before ?? Number.MAX_SAFE_INTEGER, limit) as AuditRow[]).map(toAuditEntry),
  };
}
