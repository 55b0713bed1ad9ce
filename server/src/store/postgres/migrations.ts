// Schema migrations for the PostgreSQL store: numbered steps, each in its own transaction, one instance at a time.
import { escapeIdentifier, type Pool, type PoolClient } from 'pg';
import { inTransaction } from './pool.ts';

const MIGRATIONS: readonly string[] = [
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
    BEGIN
      CREATE EXTENSION IF NOT EXISTS unaccent;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'unaccent is not available (%); search folds German umlauts with translate()', SQLERRM;
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
];

/** Any fixed key works: it only has to be the same for every instance running these migrations. */
const MIGRATION_LOCK = "SELECT pg_advisory_xact_lock(hashtext('prozesswerk:migrate'))";

/** Brings the schema up to date; several instances starting at once apply each step exactly once. */
export async function migratePostgres(pool: Pool, schema?: string): Promise<void> {
  const applied = await inTransaction(pool, async (client) => {
    await client.query(MIGRATION_LOCK);
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(schema)}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    return currentVersion(client);
  });
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (version <= applied) continue;
    await inTransaction(pool, async (client) => {
      await client.query(MIGRATION_LOCK);
      // Another instance may have applied this step while we waited for the lock.
      if (version <= (await currentVersion(client))) return;
      await client.query(sql);
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
