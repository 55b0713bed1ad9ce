// SQLite: organisations, users and their memberships.
import type Database from 'better-sqlite3';
import { toMembership, toOrg, toUser, type MembershipRow, type OrgRow, type UserRow } from '../rows.ts';
import type { PeopleStore } from '../store.ts';

export function sqlitePeopleStore(db: Database.Database): PeopleStore {
  const q = {
    insertOrg: db.prepare('INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?)'),
    selectOrg: db.prepare('SELECT * FROM orgs WHERE id = ?'),
    selectOrgs: db.prepare('SELECT * FROM orgs ORDER BY name'),
    insertUser: db.prepare(
      'INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    selectUser: db.prepare('SELECT * FROM users WHERE id = ?'),
    selectUserByEmail: db.prepare('SELECT * FROM users WHERE email = ?'),
    updatePassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    countUsers: db.prepare('SELECT COUNT(*) AS n FROM users'),
    upsertMembership: db.prepare(
      `INSERT INTO memberships (user_id, org_id, role) VALUES (?, ?, ?)
       ON CONFLICT (user_id, org_id) DO UPDATE SET role = excluded.role`,
    ),
    deleteMembership: db.prepare('DELETE FROM memberships WHERE user_id = ? AND org_id = ?'),
    selectMemberships: db.prepare('SELECT * FROM memberships WHERE user_id = ? ORDER BY org_id'),
    selectMembers: db.prepare(
      `SELECT m.*, u.email, u.name FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.org_id = ? ORDER BY u.name`,
    ),
  };

  return {
    async createOrg({ id, name }) {
      const createdAt = new Date().toISOString();
      q.insertOrg.run(id, name, createdAt);
      return { id, name, createdAt };
    },
    getOrg: async (id) => {
      const row = q.selectOrg.get(id) as OrgRow | undefined;
      return row ? toOrg(row) : undefined;
    },
    listOrgs: async () => (q.selectOrgs.all() as OrgRow[]).map(toOrg),
    async createUser({ id, email, name, passwordHash }) {
      const createdAt = new Date().toISOString();
      q.insertUser.run(id, email, name, passwordHash, createdAt);
      return { id, email, name, passwordHash, createdAt };
    },
    getUser: async (id) => {
      const row = q.selectUser.get(id) as UserRow | undefined;
      return row ? toUser(row) : undefined;
    },
    getUserByEmail: async (email) => {
      const row = q.selectUserByEmail.get(email) as UserRow | undefined;
      return row ? toUser(row) : undefined;
    },
    setPassword: async (userId, hash) => void q.updatePassword.run(hash, userId),
    countUsers: async () => (q.countUsers.get() as { n: number }).n,
    setMembership: async ({ userId, orgId, role }) => void q.upsertMembership.run(userId, orgId, role),
    removeMembership: async (userId, orgId) => void q.deleteMembership.run(userId, orgId),
    listMemberships: async (userId) => (q.selectMemberships.all(userId) as MembershipRow[]).map(toMembership),
    listMembers: async (orgId) =>
      (q.selectMembers.all(orgId) as (MembershipRow & { email: string; name: string })[]).map((r) => ({
        ...toMembership(r),
        email: r.email,
        name: r.name,
      })),
  };
}
