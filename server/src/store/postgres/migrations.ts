// Schema migrations for the PostgreSQL store: numbered steps, each in its own transaction, one instance at a time.
import { escapeIdentifier, type Pool, type PoolClient } from 'pg';
import { inTransaction } from './pool.ts';
import { migrateToSealedVersions } from './migrate-versions.ts';
import { PRIVACY_SQL } from '../privacy-sql.ts';
import { PUBLICATION_CONSENT_SQL } from '../publication-consent.ts';

/** A step is SQL, or a function for steps that must compute (it runs inside the step's transaction). */
type Migration = string | ((client: PoolClient) => Promise<void>);

const MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    password_hash TEXT,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX users_email ON users (lower(email));
  CREATE TABLE memberships (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'commenter', 'editor', 'facilitator', 'admin')),
    PRIMARY KEY (user_id, org_id)
  );
  CREATE INDEX memberships_org ON memberships (org_id);
  `,
  `
  CREATE TABLE processes (
    id TEXT PRIMARY KEY,
    org_id TEXT REFERENCES orgs (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    leika_key TEXT,
    tier TEXT CHECK (tier IN ('stamm', 'referenz', 'lokal')),
    tags TEXT[] NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'workshop', 'agreed', 'published')),
    origin_process_id TEXT REFERENCES processes (id),
    origin_version INTEGER,
    published_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX processes_org ON processes (org_id, updated_at);
  CREATE INDEX processes_published ON processes (updated_at) WHERE published_version IS NOT NULL;
  CREATE INDEX processes_origin ON processes (origin_process_id);
  CREATE INDEX processes_tags ON processes USING GIN (tags);

  CREATE TABLE doc_states (
    room TEXT PRIMARY KEY,
    state BYTEA NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE doc_updates (
    seq BIGSERIAL PRIMARY KEY,
    room TEXT NOT NULL,
    data BYTEA NOT NULL
  );
  CREATE INDEX doc_updates_room ON doc_updates (room, seq);
  `,
  `
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
  CREATE INDEX invites_process ON invites (process_id, created_at);
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
  CREATE TABLE snapshots (
    process_id TEXT NOT NULL REFERENCES processes (id),
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    note TEXT NOT NULL,
    map_state BYTEA NOT NULL,
    discussion_state BYTEA NOT NULL,
    canonical_json TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    frozen_by_id TEXT NOT NULL,
    frozen_by_name TEXT NOT NULL,
    frozen_at TEXT NOT NULL,
    agreed_by JSON NOT NULL,
    PRIMARY KEY (process_id, version)
  );
  -- An agreed version is a record of what was decided: the database itself refuses to change or remove it.
  CREATE FUNCTION snapshots_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'snapshots are immutable' USING HINT = 'Freeze a new version instead.';
  END;
  $$;
  CREATE TRIGGER snapshots_refuse_change BEFORE UPDATE OR DELETE ON snapshots
    FOR EACH ROW EXECUTE FUNCTION snapshots_refuse_change();
  -- TRUNCATE skips row triggers, so it gets its own.
  CREATE TRIGGER snapshots_refuse_truncate BEFORE TRUNCATE ON snapshots
    FOR EACH STATEMENT EXECUTE FUNCTION snapshots_refuse_change();
  `,
  `
  -- search_fold(text): lower case without diacritics ("Gebühr" → "gebuhr", "Straße" → "strasse"), so that words
  -- typed without umlauts match. unaccent where the extension can be had, else a translate() of German letters.
  DO $$
  DECLARE
    home TEXT;
  BEGIN
    -- Shared by every schema of the database where we may put it there: an extension inside our own schema
    -- would go with it, and other schemas' indexes and functions built on it with it.
    BEGIN
      CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
      BEGIN
        CREATE EXTENSION IF NOT EXISTS unaccent;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'unaccent is not available (%); search folds German umlauts with translate()', SQLERRM;
      END;
    END;
    SELECT n.nspname INTO home FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
      WHERE e.extname = 'unaccent';
    IF home IS NULL THEN
      CREATE FUNCTION search_fold(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $f$ SELECT replace(translate(lower(value), 'äöüàáâèéêëìíîïòóôùúûç', 'aouaaaeeeeiiiiooouuuc'), 'ß', 'ss') $f$;
    ELSE
      -- unaccent() itself is only STABLE (it looks its dictionary up by search_path); naming schema and dictionary
      -- makes the wrapper safe to declare IMMUTABLE and so usable in a generated column.
      EXECUTE format(
        'CREATE FUNCTION search_fold(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE '
          'AS $f$ SELECT %I.unaccent(%L::regdictionary, lower(value)) $f$',
        home, format('%I.unaccent', home));
    END IF;
  END
  $$;

  -- What library search reads: metadata and the words of the map, as German full text and as folded plain text
  -- (the latter finds parts of compounds: "schein" in "Gewerbeschein").
  CREATE TABLE process_search (
    process_id TEXT PRIMARY KEY REFERENCES processes (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    tags TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    document TSVECTOR GENERATED ALWAYS AS
      (to_tsvector('german', title || ' ' || description || ' ' || tags || ' ' || body)) STORED,
    folded TEXT GENERATED ALWAYS AS (search_fold(title || ' ' || description || ' ' || tags || ' ' || body)) STORED
  );
  CREATE INDEX process_search_document ON process_search USING GIN (document);
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
    default_rate DOUBLE PRECISION,
    role_rates TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  `,
  `
  -- Updates the sync server refused, so that no resend or reconnect gets them accepted later
  -- (len NULL: the writer is refused from clock on; else deleted items clock … clock+len-1).
  CREATE TABLE refused_ranges (
    room TEXT NOT NULL,
    client BIGINT NOT NULL,
    clock BIGINT NOT NULL,
    len BIGINT
  );
  CREATE INDEX refused_ranges_room ON refused_ranges (room);

  -- Credentials that ended or changed, written by triggers whoever changed them (any instance, the CLI, a SQL
  -- shell), so every instance closes the sockets standing on them. Keys as in server/src/sync/access.ts.
  CREATE TABLE access_events (
    seq BIGSERIAL PRIMARY KEY,
    credential TEXT NOT NULL,
    why TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  -- Arguments: key prefix, column holding the rest of the key, reason.
  CREATE FUNCTION note_access_event() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO access_events (credential, why) VALUES (
      TG_ARGV[0] || (to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[1]),
      TG_ARGV[2]
    );
    RETURN NULL;
  END $$;
  CREATE TRIGGER access_tokens_revoked AFTER UPDATE OF revoked_at ON access_tokens FOR EACH ROW
    WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION note_access_event('secret:', 'token_hash', 'forbidden');
  CREATE TRIGGER access_tokens_deleted AFTER DELETE ON access_tokens FOR EACH ROW
    EXECUTE FUNCTION note_access_event('secret:', 'token_hash', 'forbidden');
  CREATE TRIGGER sessions_ended AFTER DELETE ON sessions FOR EACH ROW
    EXECUTE FUNCTION note_access_event('secret:', 'token_hash', 'forbidden');
  CREATE TRIGGER invites_revoked AFTER UPDATE OF revoked_at ON invites FOR EACH ROW
    WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION note_access_event('invite:', 'id', 'forbidden');
  CREATE TRIGGER invites_shortened AFTER UPDATE OF expires_at ON invites FOR EACH ROW
    WHEN (NEW.expires_at < OLD.expires_at)
    EXECUTE FUNCTION note_access_event('invite:', 'id', 'accessChanged');
  CREATE TRIGGER memberships_changed AFTER UPDATE OF role ON memberships FOR EACH ROW
    WHEN (NEW.role <> OLD.role)
    EXECUTE FUNCTION note_access_event('user:', 'user_id', 'accessChanged');
  CREATE TRIGGER memberships_removed AFTER DELETE ON memberships FOR EACH ROW
    EXECUTE FUNCTION note_access_event('user:', 'user_id', 'accessChanged');
  CREATE TRIGGER users_removed AFTER DELETE ON users FOR EACH ROW
    EXECUTE FUNCTION note_access_event('user:', 'id', 'forbidden');
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
    email TEXT NOT NULL,
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
    seq BIGSERIAL PRIMARY KEY,
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
    tags TEXT[] NOT NULL,
    published_at TEXT NOT NULL
  );
  INSERT INTO publications (process_id, version, title, description, leika_key, tier, tags, published_at)
    SELECT id, published_version, title, description, leika_key, tier, tags, updated_at
    FROM processes WHERE published_version IS NOT NULL;

  -- The search index: per process a live entry (its own municipality) and, while published, a published entry
  -- (everyone else), each with text folded by the server (search-text.ts), as in SQLite. The old index mixed live
  -- text into what everyone searched; it is dropped, and the server rebuilds the new one from the stored maps on start.
  DROP TABLE process_search;
  DROP FUNCTION IF EXISTS search_fold(TEXT);
  CREATE TABLE search_entries (
    process_id TEXT NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
    scope TEXT NOT NULL CHECK (scope IN ('live', 'published')),
    org_id TEXT,
    leika_key TEXT,
    title TEXT NOT NULL,
    org_name TEXT NOT NULL,
    tags TEXT NOT NULL,
    description TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    folded TEXT GENERATED ALWAYS AS (title || ' ' || org_name || ' ' || tags || ' ' || description || ' ' || body) STORED,
    PRIMARY KEY (process_id, scope)
  );
  CREATE INDEX search_entries_org ON search_entries (org_id, scope);
  CREATE INDEX search_entries_key ON search_entries (leika_key text_pattern_ops);
  -- Substring search (LIKE '%…%') uses a trigram index where pg_trgm can be had; without it, it scans.
  DO $$
  DECLARE
    home TEXT;
  BEGIN
    -- Shared by every schema of the database where we may put it there: an extension inside our own schema
    -- would go with it, and other schemas' indexes and functions built on it with it.
    BEGIN
      CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
      BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm is not available (%); library search scans instead of using an index', SQLERRM;
      END;
    END;
    SELECT n.nspname INTO home FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
      WHERE e.extname = 'pg_trgm';
    IF home IS NOT NULL THEN
      EXECUTE format('CREATE INDEX search_entries_folded ON search_entries USING GIN (folded %I.gin_trgm_ops)', home);
    END IF;
  END
  $$;
  `,
  migrateToSealedVersions,
  PRIVACY_SQL,
  PUBLICATION_CONSENT_SQL,
  `
  -- A signed-in person who joined a workshop link as themselves (keeping account and municipality), not as a guest:
  -- the row gives their account the link's role on the process for as long as the link lasts.
  ALTER TABLE guests ADD COLUMN as_self BOOLEAN NOT NULL DEFAULT false;
  `,
];

/** Any fixed key works: it only has to be the same for every instance running these migrations. */
const MIGRATION_LOCK = "SELECT pg_advisory_xact_lock(hashtext('prozesswerk:migrate'))";

/** Brings the schema up to date; several instances starting at once apply each step exactly once. */
/** `upTo` stops after that step (for testing a migration's data). */
export async function migratePostgres(pool: Pool, schema?: string, upTo = MIGRATIONS.length): Promise<void> {
  const applied = await inTransaction(pool, async (client) => {
    await client.query(MIGRATION_LOCK);
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(schema)}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    return currentVersion(client);
  });
  for (const [index, step] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (version <= applied || version > upTo) continue;
    await inTransaction(pool, async (client) => {
      await client.query(MIGRATION_LOCK);
      // Another instance may have applied this step while we waited for the lock.
      if (version <= (await currentVersion(client))) return;
      if (typeof step === 'string') await client.query(step);
      else await step(client);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        version,
        new Date().toISOString(),
      ]);
    });
  }
}

async function currentVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: number }>(
    'SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations',
  );
  return rows[0]?.version ?? 0;
}

/** The step that re-seals versions frozen before names could be erased. */
export const SEALED_VERSIONS_STEP = MIGRATIONS.indexOf(migrateToSealedVersions) + 1;
