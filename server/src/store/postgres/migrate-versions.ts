// PostgreSQL migration to sealed versions: new tables whose database refuses changes except erasing a name with
// its record, and every version frozen before re-sealed into them (see library/seal.ts, docs/architecture.md).
import type { PoolClient } from 'pg';
import { resealLegacySnapshot, type LegacySnapshot } from '../../library/legacy-seal.ts';
import type { AgreedBy } from '../store.ts';
import { versionInsertValues } from '../version-rows.ts';

export const VERSIONS_SQL = `
  CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
  END $$;

  CREATE TABLE versions (
    process_id TEXT NOT NULL REFERENCES processes (id),
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    note TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    frozen_at TEXT NOT NULL,
    frozen_by TEXT NOT NULL,
    agreed_by TEXT NOT NULL,
    previous_sha256 TEXT,
    map_state BYTEA NOT NULL,
    discussion_state BYTEA NOT NULL,
    sealed_json TEXT NOT NULL,
    PRIMARY KEY (process_id, version)
  );
  -- An agreed version is a record of what was decided: the database itself refuses to change it.
  CREATE TRIGGER versions_refuse_change BEFORE UPDATE OR DELETE ON versions
    FOR EACH ROW EXECUTE FUNCTION refuse_change('versions are immutable');
  CREATE TRIGGER versions_refuse_truncate BEFORE TRUNCATE ON versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('versions are immutable');

  -- Names taken out of a version under Art. 17 DSGVO: a permanent record, shown with the version.
  CREATE TABLE version_redactions (
    process_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    person_id TEXT NOT NULL,
    redacted_at TEXT NOT NULL,
    pseudonym TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (process_id, version, person_id),
    FOREIGN KEY (process_id, version) REFERENCES versions (process_id, version)
  );
  CREATE TRIGGER version_redactions_refuse_change BEFORE UPDATE OR DELETE ON version_redactions
    FOR EACH ROW EXECUTE FUNCTION refuse_change('redactions are permanent');
  CREATE TRIGGER version_redactions_refuse_truncate BEFORE TRUNCATE ON version_redactions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('redactions are permanent');

  -- The names a version's seal holds only as salted digests. Never changed; deleted only with a redaction.
  CREATE TABLE version_people (
    process_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    person_id TEXT NOT NULL,
    salt TEXT NOT NULL,
    name TEXT NOT NULL,
    org TEXT NOT NULL,
    PRIMARY KEY (process_id, version, person_id),
    FOREIGN KEY (process_id, version) REFERENCES versions (process_id, version)
  );
  CREATE INDEX version_people_person ON version_people (person_id);
  CREATE FUNCTION version_people_guard() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    row_ RECORD;
    redacted BOOLEAN;
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      RAISE EXCEPTION 'names of a version are never changed, only erased';
    END IF;
    row_ := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    SELECT EXISTS (SELECT 1 FROM version_redactions r WHERE r.process_id = row_.process_id
      AND r.version = row_.version AND r.person_id = row_.person_id) INTO redacted;
    IF TG_OP = 'DELETE' AND NOT redacted THEN
      RAISE EXCEPTION 'a name leaves a version only with its redaction record';
    END IF;
    IF TG_OP = 'INSERT' AND redacted THEN
      RAISE EXCEPTION 'an erased name does not come back';
    END IF;
    RETURN row_;
  END $$;
  CREATE TRIGGER version_people_guard BEFORE INSERT OR UPDATE OR DELETE ON version_people
    FOR EACH ROW EXECUTE FUNCTION version_people_guard();
  CREATE TRIGGER version_people_refuse_truncate BEFORE TRUNCATE ON version_people
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('names of a version leave it only by redaction');
`;

export const INSERT_VERSION = `
  INSERT INTO versions (process_id, version, name, note, sha256, frozen_at, frozen_by, agreed_by,
    previous_sha256, map_state, discussion_state, sealed_json)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;
// As the table was when this migration ran (before the email column).
const INSERT_VERSION_PEOPLE = `
  INSERT INTO version_people (process_id, version, person_id, salt, name, org)
  SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[])`;
const INSERT_VERSION_PEOPLE_EMAIL = `
  INSERT INTO version_people (process_id, version, person_id, salt, name, org, email)
  SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`;

type LegacyRow = {
  process_id: string;
  version: number;
  name: string;
  note: string;
  map_state: Buffer;
  discussion_state: Buffer;
  canonical_json: string;
  sha256: string;
  frozen_by_id: string;
  frozen_by_name: string;
  frozen_at: string;
  agreed_by: AgreedBy[] | string;
};

export async function insertVersionPeople(
  client: Pick<PoolClient, 'query'>,
  processId: string,
  version: number,
  people: readonly { personId: string; salt: string; name: string; org: string; email?: string }[],
  withEmail = true,
): Promise<void> {
  if (people.length === 0) return;
  const columns = [
    processId,
    version,
    people.map((p) => p.personId),
    people.map((p) => p.salt),
    people.map((p) => p.name),
    people.map((p) => p.org),
  ];
  if (withEmail)
    await client.query(INSERT_VERSION_PEOPLE_EMAIL, [...columns, people.map((p) => p.email ?? '')]);
  else await client.query(INSERT_VERSION_PEOPLE, columns);
}

/** Creates the sealed-version tables, re-seals every format-1 snapshot into them and drops the old table. */
export async function migrateToSealedVersions(client: PoolClient): Promise<void> {
  await client.query(VERSIONS_SQL);
  const names = new Map<string, string>();
  const { rows: people } = await client.query<{ id: string; name: string }>(
    'SELECT id, name FROM users UNION ALL SELECT id, name FROM guests',
  );
  for (const person of people) names.set(person.id, person.name);
  const nameOf = (id: string) => {
    const name = names.get(id);
    return name === undefined ? undefined : { name };
  };
  const { rows } = await client.query<LegacyRow>('SELECT * FROM snapshots ORDER BY process_id, version');
  for (const row of rows) {
    const sealed = resealLegacySnapshot(legacyFromRow(row), nameOf);
    await client.query(INSERT_VERSION, versionInsertValues(sealed));
    await insertVersionPeople(client, sealed.processId, sealed.version, sealed.people, false);
  }
  await client.query('DROP TABLE snapshots');
  await client.query('DROP FUNCTION snapshots_refuse_change()');
}

function legacyFromRow(row: LegacyRow): LegacySnapshot {
  return {
    processId: row.process_id,
    version: row.version,
    name: row.name,
    note: row.note,
    mapState: new Uint8Array(row.map_state),
    discussionState: new Uint8Array(row.discussion_state),
    canonicalJson: row.canonical_json,
    sha256: row.sha256,
    frozenBy: { id: row.frozen_by_id, name: row.frozen_by_name },
    frozenAt: row.frozen_at,
    agreedBy: typeof row.agreed_by === 'string' ? (JSON.parse(row.agreed_by) as AgreedBy[]) : row.agreed_by,
  };
}
