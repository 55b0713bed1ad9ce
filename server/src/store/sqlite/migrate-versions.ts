// SQLite migration to sealed versions: new tables whose database refuses changes except erasing a name with its
// record, and every version frozen before re-sealed into them (see library/seal.ts, docs/architecture.md).
import type Database from 'better-sqlite3';
import { resealLegacySnapshot, type LegacySnapshot } from '../../library/legacy-seal.ts';
import type { AgreedBy } from '../store.ts';
import { versionInsertValues } from '../version-rows.ts';

export const VERSIONS_SQL = `
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
    map_state BLOB NOT NULL,
    discussion_state BLOB NOT NULL,
    sealed_json TEXT NOT NULL,
    PRIMARY KEY (process_id, version)
  );
  -- An agreed version is a record of what was decided: the database itself refuses to change it.
  CREATE TRIGGER versions_refuse_update BEFORE UPDATE ON versions
    BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
  CREATE TRIGGER versions_refuse_delete BEFORE DELETE ON versions
    BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;

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
  CREATE TRIGGER version_redactions_refuse_update BEFORE UPDATE ON version_redactions
    BEGIN SELECT RAISE(ABORT, 'redactions are permanent'); END;
  CREATE TRIGGER version_redactions_refuse_delete BEFORE DELETE ON version_redactions
    BEGIN SELECT RAISE(ABORT, 'redactions are permanent'); END;

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
  CREATE TRIGGER version_people_refuse_update BEFORE UPDATE ON version_people
    BEGIN SELECT RAISE(ABORT, 'names of a version are never changed, only erased'); END;
  CREATE TRIGGER version_people_erase_only BEFORE DELETE ON version_people
    WHEN NOT EXISTS (SELECT 1 FROM version_redactions r WHERE r.process_id = OLD.process_id
      AND r.version = OLD.version AND r.person_id = OLD.person_id)
    BEGIN SELECT RAISE(ABORT, 'a name leaves a version only with its redaction record'); END;
  CREATE TRIGGER version_people_not_after_redaction BEFORE INSERT ON version_people
    WHEN EXISTS (SELECT 1 FROM version_redactions r WHERE r.process_id = NEW.process_id
      AND r.version = NEW.version AND r.person_id = NEW.person_id)
    BEGIN SELECT RAISE(ABORT, 'an erased name does not come back'); END;
`;

export const INSERT_VERSION = `
  INSERT INTO versions (process_id, version, name, note, sha256, frozen_at, frozen_by, agreed_by,
    previous_sha256, map_state, discussion_state, sealed_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
// As the table was when this migration ran (before the email column).
const INSERT_VERSION_PERSON =
  'INSERT INTO version_people (process_id, version, person_id, salt, name, org) VALUES (?, ?, ?, ?, ?, ?)';
export const INSERT_VERSION_PERSON_EMAIL = `INSERT INTO version_people (process_id, version, person_id, salt, name,
  org, email) VALUES (?, ?, ?, ?, ?, ?, ?)`;

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
  agreed_by: string;
};

/** Creates the sealed-version tables, re-seals every format-1 snapshot into them and drops the old table. */
export function migrateToSealedVersions(db: Database.Database): void {
  db.exec(VERSIONS_SQL);
  const userName = db.prepare('SELECT name FROM users WHERE id = ?');
  const guestName = db.prepare('SELECT name FROM guests WHERE id = ?');
  const nameOf = (id: string) => {
    const row = (userName.get(id) ?? guestName.get(id)) as { name: string } | undefined;
    return row ? { name: row.name } : undefined;
  };
  const insertVersion = db.prepare(INSERT_VERSION);
  const insertPerson = db.prepare(INSERT_VERSION_PERSON);
  const rows = db.prepare('SELECT * FROM snapshots ORDER BY process_id, version').all() as LegacyRow[];
  for (const row of rows) {
    const sealed = resealLegacySnapshot(legacyFromRow(row), nameOf);
    insertVersion.run(...versionInsertValues(sealed));
    for (const p of sealed.people)
      insertPerson.run(sealed.processId, sealed.version, p.personId, p.salt, p.name, p.org);
  }
  db.exec('DROP TABLE snapshots');
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
    agreedBy: JSON.parse(row.agreed_by) as AgreedBy[],
  };
}
