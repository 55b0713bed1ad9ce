// SQLite: process records.
import type Database from 'better-sqlite3';
import type { ProcessRecord, ProcessStore } from '../store.ts';

type ProcessRow = { id: string; org_id: string | null; title: string; created_at: string; updated_at: string };

function toProcess(row: ProcessRow): ProcessRecord {
  return { id: row.id, orgId: row.org_id, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function sqliteProcessStore(db: Database.Database): ProcessStore {
  const insert = db.prepare(
    'INSERT INTO processes (id, org_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare('SELECT * FROM processes WHERE id = ?');

  return {
    async createProcess({ id, title, orgId }) {
      const now = new Date().toISOString();
      insert.run(id, orgId, title, now, now);
      return { id, orgId, title, createdAt: now, updatedAt: now };
    },
    async getProcess(id) {
      const row = select.get(id) as ProcessRow | undefined;
      return row ? toProcess(row) : undefined;
    },
    async listProcesses(orgIds) {
      if (orgIds.length === 0) return [];
      const placeholders = orgIds.map(() => '?').join(', ');
      const rows = db
        .prepare(`SELECT * FROM processes WHERE org_id IN (${placeholders}) ORDER BY updated_at DESC, id`)
        .all(...orgIds) as ProcessRow[];
      return rows.map(toProcess);
    },
  };
}
