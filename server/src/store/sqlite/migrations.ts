// Schema migrations for the SQLite store, applied in order inside one transaction each.
import type Database from 'better-sqlite3';
import { migrateToSealedVersions } from './migrate-versions.ts';
import { PRIVACY_SQL } from '../privacy-sql.ts';
import { PUBLICATION_CONSENT_SQL } from '../publication-consent.ts';

/** A step is SQL, or a function for steps that must compute (it runs inside the step's transaction). */
type Migration = string | ((db: Database.Database) => void);

const MIGRATIONS: readonly Migration[] = [
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
  `
  -- Updates the sync server refused, so that no resend or reconnect gets them accepted later
  -- (len NULL: the writer is refused from clock on; else deleted items clock … clock+len-1).
  CREATE TABLE refused_ranges (
    room TEXT NOT NULL,
    client INTEGER NOT NULL,
    clock INTEGER NOT NULL,
    len INTEGER
  );
  CREATE INDEX refused_ranges_room ON refused_ranges (room);

  -- Credentials that ended or changed, written by triggers whoever changed them (server, CLI, SQL shell),
  -- so every server closes the sockets standing on them. Keys as in server/src/sync/access.ts.
  CREATE TABLE access_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    credential TEXT NOT NULL,
    why TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE TRIGGER access_tokens_revoked AFTER UPDATE OF revoked_at ON access_tokens
    WHEN OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
    BEGIN INSERT INTO access_events (credential, why) VALUES ('secret:' || NEW.token_hash, 'forbidden'); END;
  CREATE TRIGGER access_tokens_deleted AFTER DELETE ON access_tokens
    BEGIN INSERT INTO access_events (credential, why) VALUES ('secret:' || OLD.token_hash, 'forbidden'); END;
  CREATE TRIGGER sessions_ended AFTER DELETE ON sessions
    BEGIN INSERT INTO access_events (credential, why) VALUES ('secret:' || OLD.token_hash, 'forbidden'); END;
  CREATE TRIGGER invites_revoked AFTER UPDATE OF revoked_at ON invites
    WHEN OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
    BEGIN INSERT INTO access_events (credential, why) VALUES ('invite:' || NEW.id, 'forbidden'); END;
  CREATE TRIGGER invites_shortened AFTER UPDATE OF expires_at ON invites
    WHEN NEW.expires_at < OLD.expires_at
    BEGIN INSERT INTO access_events (credential, why) VALUES ('invite:' || NEW.id, 'accessChanged'); END;
  CREATE TRIGGER memberships_changed AFTER UPDATE OF role ON memberships
    WHEN NEW.role <> OLD.role
    BEGIN INSERT INTO access_events (credential, why) VALUES ('user:' || NEW.user_id, 'accessChanged'); END;
  CREATE TRIGGER memberships_removed AFTER DELETE ON memberships
    BEGIN INSERT INTO access_events (credential, why) VALUES ('user:' || OLD.user_id, 'accessChanged'); END;
  CREATE TRIGGER users_removed AFTER DELETE ON users
    BEGIN INSERT INTO access_events (credential, why) VALUES ('user:' || OLD.id, 'forbidden'); END;
  `,
  `
  -- When a process stopped being shared in the library; its variants keep working and say so.
  ALTER TABLE processes ADD COLUMN withdrawn_at TEXT;
  `,
  `
  -- Member administration: invitations a person accepts, password-reset links, the admins' audit log.
  CREATE TABLE member_invites (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'commenter', 'editor', 'facilitator', 'admin')),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    accepted_at TEXT,
    accepted_by TEXT,
    revoked_at TEXT
  );
  CREATE INDEX member_invites_org ON member_invites (org_id, created_at);
  CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_by TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
  );
  -- People are kept as ids and resolved when read, so an erased person's name is nowhere in here.
  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id TEXT NOT NULL,
    at TEXT NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    target_id TEXT,
    target_label TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX audit_log_org ON audit_log (org_id, seq);
  ALTER TABLE users ADD COLUMN last_active_at TEXT;
  -- The account of a signed-in person who joined a workshop as a guest, so their data can be found for them.
  ALTER TABLE guests ADD COLUMN user_id TEXT;
  `,
  `
  -- What other municipalities see of a published process: its metadata as of publishing (until now they saw the
  -- live draft's). Processes published before keep their current metadata as the published one.
  CREATE TABLE publications (
    process_id TEXT PRIMARY KEY REFERENCES processes (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    leika_key TEXT,
    tier TEXT,
    tags TEXT NOT NULL,
    published_at TEXT NOT NULL
  );
  INSERT INTO publications (process_id, version, title, description, leika_key, tier, tags, published_at)
    SELECT id, published_version, title, description, leika_key, tier, tags, updated_at
    FROM processes WHERE published_version IS NOT NULL;

  -- The search index: per process a live entry (its own municipality) and, while published, a published entry
  -- (everyone else), each with text folded by the server (search-text.ts). The old index mixed live text into what
  -- everyone searched; it is dropped, and the server rebuilds the new one from the stored maps on start.
  DROP TABLE process_search;
  CREATE TABLE search_entries (
    id INTEGER PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
    scope TEXT NOT NULL CHECK (scope IN ('live', 'published')),
    org_id TEXT,
    leika_key TEXT,
    UNIQUE (process_id, scope)
  );
  CREATE INDEX search_entries_org ON search_entries (org_id, scope);
  CREATE VIRTUAL TABLE search_text USING fts5(title, org, tags, description, body, leika, tokenize = 'trigram');
  CREATE TRIGGER search_entries_removed AFTER DELETE ON search_entries
    BEGIN DELETE FROM search_text WHERE rowid = OLD.id; END;
  `,
  migrateToSealedVersions,
  PRIVACY_SQL,
  PUBLICATION_CONSENT_SQL,
  `
  -- A signed-in person who joined a workshop link as themselves (keeping account and municipality), not as a guest:
  -- the row gives their account the link's role on the process for as long as the link lasts.
  ALTER TABLE guests ADD COLUMN as_self INTEGER NOT NULL DEFAULT 0;
  `,
];

/** Applies every step not applied yet; `upTo` stops after that step (for testing a migration's data). */
export function migrateSqlite(db: Database.Database, upTo = MIGRATIONS.length): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const row = db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations').get() as {
    version: number;
  };
  MIGRATIONS.forEach((step, index) => {
    const version = index + 1;
    if (version <= row.version || version > upTo) return;
    db.transaction(() => {
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        version,
        new Date().toISOString(),
      );
    })();
  });
}

/** The step that re-seals versions frozen before names could be erased. */
export const SEALED_VERSIONS_STEP = MIGRATIONS.indexOf(migrateToSealedVersions) + 1;
