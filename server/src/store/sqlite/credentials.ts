// SQLite: browser sessions, personal access tokens, workshop invites, guests and settings.
import type Database from 'better-sqlite3';
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
import type { CredentialStore, GuestRecord } from '../store.ts';

export function sqliteCredentialStore(db: Database.Database): CredentialStore {
  const q = {
    insertSession: db.prepare(
      'INSERT INTO sessions (token_hash, user_id, guest_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    selectSession: db.prepare('SELECT * FROM sessions WHERE token_hash = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    insertToken: db.prepare(
      'INSERT INTO access_tokens (id, token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    selectToken: db.prepare('SELECT * FROM access_tokens WHERE token_hash = ?'),
    revokeToken: db.prepare(
      'UPDATE access_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
    ),
    existsToken: db.prepare('SELECT 1 FROM access_tokens WHERE token_hash = ?'),
    insertInvite: db.prepare(
      `INSERT INTO invites (id, token_hash, process_id, role, created_by, created_at, expires_at, max_uses)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    selectInvite: db.prepare('SELECT * FROM invites WHERE id = ?'),
    selectInviteByHash: db.prepare('SELECT * FROM invites WHERE token_hash = ?'),
    selectInvites: db.prepare('SELECT * FROM invites WHERE process_id = ? ORDER BY created_at DESC'),
    revokeInvite: db.prepare('UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    useInvite: db.prepare('UPDATE invites SET uses = uses + 1 WHERE id = ? AND uses < max_uses'),
    insertGuest: db.prepare(
      'INSERT INTO guests (id, invite_id, process_id, name, created_at, user_id, as_self) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    selectGuest: db.prepare('SELECT * FROM guests WHERE id = ?'),
    selectSetting: db.prepare('SELECT value FROM settings WHERE key = ?'),
    upsertSetting: db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    deleteSetting: db.prepare('DELETE FROM settings WHERE key = ?'),
    insertSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING'),
    takeSetting: db.prepare('DELETE FROM settings WHERE key = ? AND value = ?'),
  };

  const redeem = db.transaction((inviteId: string, guest: GuestRecord): GuestRecord | undefined => {
    if (q.useInvite.run(inviteId).changes === 0) return undefined;
    q.insertGuest.run(
      guest.id,
      guest.inviteId,
      guest.processId,
      guest.name,
      guest.createdAt,
      guest.userId ?? null,
      guest.asSelf ? 1 : 0,
    );
    return guest;
  });

  return {
    createSession: async (s) =>
      void q.insertSession.run(s.tokenHash, s.userId, s.guestId, s.createdAt, s.expiresAt),
    getSession: async (hash) => {
      const row = q.selectSession.get(hash) as SessionRow | undefined;
      return row ? toSession(row) : undefined;
    },
    deleteSession: async (hash) => void q.deleteSession.run(hash),
    createAccessToken: async (t) => void q.insertToken.run(t.id, t.tokenHash, t.userId, t.label, t.createdAt),
    getAccessToken: async (hash) => {
      const row = q.selectToken.get(hash) as TokenRow | undefined;
      return row ? toToken(row) : undefined;
    },
    revokeAccessToken: async (hash, at) => {
      q.revokeToken.run(at, hash);
      return q.existsToken.get(hash) !== undefined;
    },
    createInvite: async (i) =>
      void q.insertInvite.run(
        i.id,
        i.tokenHash,
        i.processId,
        i.role,
        i.createdBy,
        i.createdAt,
        i.expiresAt,
        i.maxUses,
      ),
    getInvite: async (id) => {
      const row = q.selectInvite.get(id) as InviteRow | undefined;
      return row ? toInvite(row) : undefined;
    },
    getInviteByTokenHash: async (hash) => {
      const row = q.selectInviteByHash.get(hash) as InviteRow | undefined;
      return row ? toInvite(row) : undefined;
    },
    listInvites: async (processId) => (q.selectInvites.all(processId) as InviteRow[]).map(toInvite),
    revokeInvite: async (id, at) => void q.revokeInvite.run(at, id),
    redeemInvite: async (inviteId, guest) => redeem(inviteId, guest),
    getGuest: async (id) => {
      const row = q.selectGuest.get(id) as GuestRow | undefined;
      return row ? toGuest(row) : undefined;
    },
    getSetting: async (key) => (q.selectSetting.get(key) as { value: string } | undefined)?.value,
    setSetting: async (key, value) =>
      void (value === null ? q.deleteSetting.run(key) : q.upsertSetting.run(key, value)),
    async initSetting(key, value) {
      q.insertSetting.run(key, value);
      return (q.selectSetting.get(key) as { value: string }).value;
    },
    takeSetting: async (key, value) => q.takeSetting.run(key, value).changes === 1,
  };
}
