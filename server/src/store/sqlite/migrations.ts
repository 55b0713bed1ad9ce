// Schema migrations for the SQLite store, applied in order inside one transaction each.
import type Database from 'better-sqlite3';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE processes (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE doc_states (
    room TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    room TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX doc_updates_room ON doc_updates (room, seq);
  `,
  `
  CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    password_hash TEXT,
    created_at TEXT NOT NULL
  );
  CREATE TABLE memberships (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'commenter', 'editor', 'facilitator', 'admin')),
    PRIMARY KEY (user_id, org_id)
  );
  ALTER TABLE processes ADD COLUMN org_id TEXT REFERENCES orgs (id);
  CREATE INDEX processes_org ON processes (org_id, updated_at);
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
    guest_id TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE TABLE access_tokens (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    process_id TEXT NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'commenter', 'editor')),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    max_uses INTEGER NOT NULL,
    uses INTEGER NOT NULL DEFAULT 0,
    revoked_at TEXT
  );
  CREATE TABLE guests (
    id TEXT PRIMARY KEY,
    invite_id TEXT NOT NULL REFERENCES invites (id) ON DELETE CASCADE,
    process_id TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  `
  ALTER TABLE processes ADD COLUMN description TEXT NOT NULL DEFAULT '';
  ALTER TABLE processes ADD COLUMN leika_key TEXT;
  ALTER TABLE processes ADD COLUMN tier TEXT CHECK (tier IN ('stamm', 'referenz', 'lokal'));
  ALTER TABLE processes ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE processes ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'workshop', 'agreed', 'published'));
  ALTER TABLE processes ADD COLUMN origin_process_id TEXT REFERENCES processes (id);
  ALTER TABLE processes ADD COLUMN origin_version INTEGER;
  ALTER TABLE processes ADD COLUMN published_version INTEGER;
  CREATE INDEX processes_origin ON processes (origin_process_id);

  CREATE TABLE snapshots (
    process_id TEXT NOT NULL REFERENCES processes (id),
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    note TEXT NOT NULL,
    map_state BLOB NOT NULL,
    discussion_state BLOB NOT NULL,
    canonical_json TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    frozen_by_id TEXT NOT NULL,
    frozen_by_name TEXT NOT NULL,
    frozen_at TEXT NOT NULL,
    agreed_by TEXT NOT NULL,
    PRIMARY KEY (process_id, version)
  );
  -- An agreed version is a record of what was decided: the database itself refuses to change it.
  CREATE TRIGGER snapshots_refuse_update BEFORE UPDATE ON snapshots
    BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;
  CREATE TRIGGER snapshots_refuse_delete BEFORE DELETE ON snapshots
    BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;

  -- Trigram tokens find parts of German compounds ("anmeld" in "Gewerbeanmeldung"), without diacritics.
  CREATE VIRTUAL TABLE process_search USING fts5(
    process_id UNINDEXED, title, description, tags, body,
    tokenize = 'trigram remove_diacritics 1'
  );
  INSERT INTO process_search (process_id, title, description, tags, body)
    SELECT id, title, description, '', '' FROM processes;
  `,
  `
  -- When each person last looked at a process's discussion, for "since your last visit" and unread counts.
  CREATE TABLE process_visits (
    person_id TEXT NOT NULL,
    process_id TEXT NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
    last_seen_at TEXT NOT NULL,
    PRIMARY KEY (person_id, process_id)
  );
  `,
  `
  -- A municipality's hourly staff rates (euros): one default and one per role, for staff cost metrics.
  CREATE TABLE org_hourly_rates (
    org_id TEXT PRIMARY KEY REFERENCES orgs (id) ON DELETE CASCADE,
    default_rate REAL,
    role_rates TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  `,
];

export function migrateSqlite(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const row = db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations').get() as {
    version: number;
  };
  MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (version <= row.version) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        version,
        new Date().toISOString(),
      );
    })();
  });
}
