// PostgreSQL: browser sessions, personal access tokens, workshop invites, guests and settings.
import type { Pool } from 'pg';
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
import type { CredentialStore } from '../store.ts';

// True when the token exists, revoked now or before (as in SQLite); one statement sees one snapshot.
const REVOKE_TOKEN = `
  WITH found AS (SELECT 1 FROM access_tokens WHERE token_hash = $2),
    revoked AS (UPDATE access_tokens SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL)
  SELECT EXISTS (SELECT 1 FROM found) AS found`;

// Counting the use and creating the guest is one statement: the row lock on the invite makes concurrent
// redemptions (from any instance) queue up and re-check uses < max_uses.
const REDEEM = `
  WITH used AS (UPDATE invites SET uses = uses + 1 WHERE id = $1 AND uses < max_uses RETURNING id)
  INSERT INTO guests (id, invite_id, process_id, name, created_at, user_id, as_self)
  SELECT $2, $3, $4, $5, $6, $7, $8 FROM used`;

export function postgresCredentialStore(pool: Pool): CredentialStore {
  return {
    async createSession(s) {
      await pool.query(
        'INSERT INTO sessions (token_hash, user_id, guest_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [s.tokenHash, s.userId, s.guestId, s.createdAt, s.expiresAt],
      );
    },
    async getSession(hash) {
      const { rows } = await pool.query<SessionRow>('SELECT * FROM sessions WHERE token_hash = $1', [hash]);
      return rows[0] && toSession(rows[0]);
    },
    async deleteSession(hash) {
      await pool.query('DELETE FROM sessions WHERE token_hash = $1', [hash]);
    },
    async createAccessToken(t) {
      await pool.query(
        'INSERT INTO access_tokens (id, token_hash, user_id, label, created_at) VALUES ($1, $2, $3, $4, $5)',
        [t.id, t.tokenHash, t.userId, t.label, t.createdAt],
      );
    },
    async getAccessToken(hash) {
      const { rows } = await pool.query<TokenRow>('SELECT * FROM access_tokens WHERE token_hash = $1', [
        hash,
      ]);
      return rows[0] && toToken(rows[0]);
    },
    async revokeAccessToken(hash, at) {
      const { rows } = await pool.query<{ found: boolean }>(REVOKE_TOKEN, [at, hash]);
      return rows[0]?.found ?? false;
    },
    async createInvite(i) {
      await pool.query(
        `INSERT INTO invites (id, token_hash, process_id, role, created_by, created_at, expires_at, max_uses)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [i.id, i.tokenHash, i.processId, i.role, i.createdBy, i.createdAt, i.expiresAt, i.maxUses],
      );
    },
    async getInvite(id) {
      const { rows } = await pool.query<InviteRow>('SELECT * FROM invites WHERE id = $1', [id]);
      return rows[0] && toInvite(rows[0]);
    },
    async getInviteByTokenHash(hash) {
      const { rows } = await pool.query<InviteRow>('SELECT * FROM invites WHERE token_hash = $1', [hash]);
      return rows[0] && toInvite(rows[0]);
    },
    async listInvites(processId) {
      const { rows } = await pool.query<InviteRow>(
        'SELECT * FROM invites WHERE process_id = $1 ORDER BY created_at DESC, id',
        [processId],
      );
      return rows.map(toInvite);
    },
    async revokeInvite(id, at) {
      await pool.query('UPDATE invites SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, at]);
    },
    async redeemInvite(inviteId, guest) {
      const { rowCount } = await pool.query(REDEEM, [
        inviteId,
        guest.id,
        guest.inviteId,
        guest.processId,
        guest.name,
        guest.createdAt,
        guest.userId ?? null,
        guest.asSelf === true,
      ]);
      return rowCount === 1 ? guest : undefined;
    },
    async getGuest(id) {
      const { rows } = await pool.query<GuestRow>('SELECT * FROM guests WHERE id = $1', [id]);
      return rows[0] && toGuest(rows[0]);
    },
    async getSetting(key) {
      const { rows } = await pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [
        key,
      ]);
      return rows[0]?.value;
    },
    async setSetting(key, value) {
      if (value === null) await pool.query('DELETE FROM settings WHERE key = $1', [key]);
      else
        await pool.query(
          'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
          [key, value],
        );
    },
    async initSetting(key, value) {
      const { rows } = await pool.query<{ value: string }>(
        `WITH inserted AS (
           INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING value
         )
         SELECT value FROM inserted UNION ALL SELECT value FROM settings WHERE key = $1 LIMIT 1`,
        [key, value],
      );
      return rows[0]?.value ?? value;
    },
    async takeSetting(key, value) {
      const result = await pool.query('DELETE FROM settings WHERE key = $1 AND value = $2', [key, value]);
      return result.rowCount === 1;
    },
  };
}
