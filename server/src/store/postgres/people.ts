// PostgreSQL: organisations, users (email unique regardless of case) and their memberships.
import type { Pool } from 'pg';
import { toMembership, toOrg, toUser, type MembershipRow, type OrgRow, type UserRow } from '../rows.ts';
import type { PeopleStore } from '../store.ts';

export function postgresPeopleStore(pool: Pool): PeopleStore {
  return {
    async createOrg({ id, name }) {
      const createdAt = new Date().toISOString();
      await pool.query('INSERT INTO orgs (id, name, created_at) VALUES ($1, $2, $3)', [id, name, createdAt]);
      return { id, name, createdAt };
    },
    async getOrg(id) {
      const { rows } = await pool.query<OrgRow>('SELECT * FROM orgs WHERE id = $1', [id]);
      return rows[0] && toOrg(rows[0]);
    },
    async listOrgs() {
      const { rows } = await pool.query<OrgRow>('SELECT * FROM orgs ORDER BY name, id');
      return rows.map(toOrg);
    },
    async createUser({ id, email, name, passwordHash }) {
      const createdAt = new Date().toISOString();
      await pool.query(
        'INSERT INTO users (id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
        [id, email, name, passwordHash, createdAt],
      );
      return { id, email, name, passwordHash, createdAt };
    },
    async getUser(id) {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] && toUser(rows[0]);
    },
    async getUserByEmail(email) {
      // Matches the unique index on lower(email), so the lookup uses it.
      const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE lower(email) = lower($1)', [
        email,
      ]);
      return rows[0] && toUser(rows[0]);
    },
    async setPassword(userId, passwordHash) {
      await pool.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
    },
    async countUsers() {
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      return rows[0]?.n ?? 0;
    },
    async setMembership({ userId, orgId, role }) {
      await pool.query(
        `INSERT INTO memberships (user_id, org_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, org_id) DO UPDATE SET role = excluded.role`,
        [userId, orgId, role],
      );
    },
    async removeMembership(userId, orgId) {
      await pool.query('DELETE FROM memberships WHERE user_id = $1 AND org_id = $2', [userId, orgId]);
    },
    async listMemberships(userId) {
      const { rows } = await pool.query<MembershipRow>(
        'SELECT * FROM memberships WHERE user_id = $1 ORDER BY org_id',
        [userId],
      );
      return rows.map(toMembership);
    },
    async listMembers(orgId) {
      const { rows } = await pool.query<MembershipRow & { email: string; name: string }>(
        `SELECT m.*, u.email, u.name FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.org_id = $1 ORDER BY u.name, u.id`,
        [orgId],
      );
      return rows.map((r) => ({ ...toMembership(r), email: r.email, name: r.name }));
    },
  };
}
