// SQLite: sealed versions. Their triggers refuse every change but erasing a name together with its record.
import type Database from 'better-sqlite3';
import { consentText } from '../publication-consent.ts';
import type {
  NewSnapshot,
  PublicationConsent,
  SnapshotRecord,
  SnapshotStore,
  VersionMention,
} from '../store.ts';
import { sqliteSearchIndex } from './search.ts';
import {
  VERSION_META_COLUMNS,
  byPerson,
  groupByVersion,
  toVersionMeta,
  toVersionPerson,
  toVersionRecord,
  versionInsertValues,
  type VersionMetaRow,
  type VersionPersonRow,
  type VersionRedactionRow,
  type VersionRow,
} from '../version-rows.ts';
import { INSERT_VERSION, INSERT_VERSION_PERSON_EMAIL } from './migrate-versions.ts';

export function sqliteSnapshotStore(db: Database.Database): SnapshotStore {
  const q = {
    next: db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM versions WHERE process_id = ?'),
    insert: db.prepare(INSERT_VERSION),
    insertPerson: db.prepare(INSERT_VERSION_PERSON_EMAIL),
    agree: db.prepare("UPDATE processes SET status = 'agreed', updated_at = ? WHERE id = ?"),
    list: db.prepare(`SELECT ${VERSION_META_COLUMNS} FROM versions WHERE process_id = ? ORDER BY version`),
    get: db.prepare('SELECT * FROM versions WHERE process_id = ? AND version = ?'),
    people: db.prepare('SELECT * FROM version_people WHERE process_id = ? AND (? IS NULL OR version = ?)'),
    redactions: db.prepare(
      'SELECT * FROM version_redactions WHERE process_id = ? AND (? IS NULL OR version = ?)',
    ),
    naming: db.prepare(
      `SELECT * FROM version_people WHERE person_id IN (SELECT value FROM json_each(?))
         OR (person_id LIKE 'x-%' AND lower(name) IN (SELECT lower(value) FROM json_each(?)))
       ORDER BY process_id, version, person_id`,
    ),
    insertRedaction: db.prepare(
      `INSERT INTO version_redactions (process_id, version, person_id, redacted_at, pseudonym, reason)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    deletePerson: db.prepare(
      'DELETE FROM version_people WHERE process_id = ? AND version = ? AND person_id = ?',
    ),
    publish: db.prepare(
      `UPDATE processes SET published_version = ?, status = 'published', withdrawn_at = NULL, updated_at = ?
       WHERE id = ?`,
    ),
    keepPublication: db.prepare(
      `INSERT INTO publications
         (process_id, version, title, description, leika_key, tier, tags, published_at, consent)
       SELECT id, published_version, title, description, leika_key, tier, tags, updated_at, ? FROM processes WHERE id = ?
       ON CONFLICT (process_id) DO UPDATE SET version = excluded.version, title = excluded.title,
         description = excluded.description, leika_key = excluded.leika_key, tier = excluded.tier,
         tags = excluded.tags, published_at = excluded.published_at, consent = excluded.consent`,
    ),
    withdraw: db.prepare(
      `UPDATE processes SET published_version = NULL, status = 'agreed', withdrawn_at = @at, updated_at = @at
       WHERE id = @processId AND published_version IS NOT NULL`,
    ),
  };

  const peopleOf = (processId: string, version: number | null) =>
    groupByVersion(
      q.people.all(processId, version, version) as VersionPersonRow[],
      q.redactions.all(processId, version, version) as VersionRedactionRow[],
    );

  const create = db.transaction((input: NewSnapshot): SnapshotRecord => {
    const version = (q.next.get(input.processId) as { next: number }).next;
    q.insert.run(...versionInsertValues({ ...input, version }));
    for (const p of input.people)
      q.insertPerson.run(input.processId, version, p.personId, p.salt, p.name, p.org, p.email);
    q.agree.run(input.frozenAt, input.processId);
    const row = q.get.get(input.processId, version) as VersionRow;
    return toVersionRecord(row, [...input.people].sort(byPerson), []);
  });

  const index = sqliteSearchIndex(db);
  const publish = db.transaction(
    (processId: string, version: number, searchText: string, consent?: PublicationConsent) => {
      q.publish.run(version, new Date().toISOString(), processId);
      q.keepPublication.run(consentText(consent), processId);
      index.indexPublished(processId, searchText);
    },
  );
  const withdraw = db.transaction((processId: string, at: string) => {
    const withdrawn = q.withdraw.run({ processId, at }).changes > 0;
    index.indexPublished(processId);
    return withdrawn;
  });
  const redact = db.transaction(
    (processId: string, version: number, r: Parameters<SnapshotStore['redactVersionPerson']>[2]) => {
      const recorded = q.insertRedaction.run(
        processId,
        version,
        r.personId,
        r.redactedAt,
        r.pseudonym,
        r.reason,
      );
      const deleted = q.deletePerson.run(processId, version, r.personId);
      return recorded.changes > 0 || deleted.changes > 0;
    },
  );

  return {
    createSnapshot: async (input) => create(input),
    async listSnapshots(processId) {
      const grouped = peopleOf(processId, null);
      return (q.list.all(processId) as VersionMetaRow[]).map((row) => {
        const { people, redactions } = grouped(row.process_id, row.version);
        return toVersionMeta(row, people, redactions);
      });
    },
    async getSnapshot(processId, version) {
      const row = q.get.get(processId, version) as VersionRow | undefined;
      if (!row) return undefined;
      const { people, redactions } = peopleOf(processId, version)(processId, version);
      return toVersionRecord(row, people, redactions);
    },
    publishVersion: async (processId, version, searchText, consent) =>
      publish(processId, version, searchText, consent),
    withdrawPublication: async (processId, at) => withdraw(processId, at),
    findVersionPeople: async ({ personIds, names }): Promise<VersionMention[]> =>
      (q.naming.all(JSON.stringify(personIds), JSON.stringify(names)) as VersionPersonRow[]).map((row) => ({
        processId: row.process_id,
        version: row.version,
        person: toVersionPerson(row),
      })),
    redactVersionPerson: async (processId, version, redaction) => redact(processId, version, redaction),
  };
}
