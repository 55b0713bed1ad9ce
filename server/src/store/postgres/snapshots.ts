// PostgreSQL: sealed versions. Their triggers refuse every change but erasing a name together with its record.
import { consentText } from '../publication-consent.ts';
import type { Pool, PoolClient } from 'pg';
import type { NewSnapshot, SnapshotRecord, SnapshotStore, VersionMention } from '../store.ts';
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
import { INSERT_VERSION, insertVersionPeople } from './migrate-versions.ts';
import { inTransaction } from './pool.ts';
import { indexPublished } from './search.ts';

const NAMING = `
  SELECT * FROM version_people WHERE person_id = ANY($1::text[])
    OR (person_id LIKE 'x-%' AND lower(name) = ANY($2::text[]))
  ORDER BY process_id, version, person_id`;

// The metadata as it is when a version is published is what other municipalities see until the next publishing.
const KEEP_PUBLICATION = `
  INSERT INTO publications (process_id, version, title, description, leika_key, tier, tags, published_at, consent)
  SELECT id, published_version, title, description, leika_key, tier, tags, updated_at, $2 FROM processes WHERE id = $1
  ON CONFLICT (process_id) DO UPDATE SET version = excluded.version, title = excluded.title,
    description = excluded.description, leika_key = excluded.leika_key, tier = excluded.tier, tags = excluded.tags,
    published_at = excluded.published_at, consent = excluded.consent`;

export function postgresSnapshotStore(pool: Pool): SnapshotStore {
  const peopleOf = async (processId: string, version: number | null) => {
    const filter = 'WHERE process_id = $1 AND ($2::int IS NULL OR version = $2)';
    const [people, redactions] = await Promise.all([
      pool.query<VersionPersonRow>(`SELECT * FROM version_people ${filter}`, [processId, version]),
      pool.query<VersionRedactionRow>(`SELECT * FROM version_redactions ${filter}`, [processId, version]),
    ]);
    return groupByVersion(people.rows, redactions.rows);
  };

  return {
    createSnapshot: (input) => inTransaction(pool, (client) => createSnapshot(client, input)),
    async listSnapshots(processId) {
      const [{ rows }, grouped] = await Promise.all([
        pool.query<VersionMetaRow>(
          `SELECT ${VERSION_META_COLUMNS} FROM versions WHERE process_id = $1 ORDER BY version`,
          [processId],
        ),
        peopleOf(processId, null),
      ]);
      return rows.map((row) => {
        const { people, redactions } = grouped(row.process_id, row.version);
        return toVersionMeta(row, people, redactions);
      });
    },
    async getSnapshot(processId, version) {
      const { rows } = await pool.query<VersionRow>(
        'SELECT * FROM versions WHERE process_id = $1 AND version = $2',
        [processId, version],
      );
      if (!rows[0]) return undefined;
      const { people, redactions } = (await peopleOf(processId, version))(processId, version);
      return toVersionRecord(rows[0], people, redactions);
    },
    publishVersion: (processId, version, searchText, consent) =>
      inTransaction(pool, async (client) => {
        await client.query(
          `UPDATE processes SET published_version = $2, status = 'published', withdrawn_at = NULL, updated_at = $3
           WHERE id = $1`,
          [processId, version, new Date().toISOString()],
        );
        await client.query(KEEP_PUBLICATION, [processId, consentText(consent)]);
        await indexPublished(client, processId, searchText);
      }),
    withdrawPublication: (processId, at) =>
      inTransaction(pool, async (client) => {
        const { rowCount } = await client.query(
          `UPDATE processes SET published_version = NULL, status = 'agreed', withdrawn_at = $2, updated_at = $2
           WHERE id = $1 AND published_version IS NOT NULL`,
          [processId, at],
        );
        await indexPublished(client, processId);
        return (rowCount ?? 0) > 0;
      }),
    async findVersionPeople({ personIds, names }): Promise<VersionMention[]> {
      const { rows } = await pool.query<VersionPersonRow>(NAMING, [
        personIds,
        names.map((name) => name.toLowerCase()),
      ]);
      return rows.map((row) => ({
        processId: row.process_id,
        version: row.version,
        person: toVersionPerson(row),
      }));
    },
    redactVersionPerson: (processId, version, r) =>
      inTransaction(pool, async (client) => {
        const recorded = await client.query(
          `INSERT INTO version_redactions (process_id, version, person_id, redacted_at, pseudonym, reason)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [processId, version, r.personId, r.redactedAt, r.pseudonym, r.reason],
        );
        const deleted = await client.query(
          'DELETE FROM version_people WHERE process_id = $1 AND version = $2 AND person_id = $3',
          [processId, version, r.personId],
        );
        return (recorded.rowCount ?? 0) > 0 || (deleted.rowCount ?? 0) > 0;
      }),
  };
}

async function createSnapshot(client: PoolClient, input: NewSnapshot): Promise<SnapshotRecord> {
  // Marking the process agreed first locks its row, so two freezes of one process (from any instance) take turns
  // and never pick the same version number. updated_at = frozenAt, as in the SQLite store.
  await client.query("UPDATE processes SET status = 'agreed', updated_at = $2 WHERE id = $1", [
    input.processId,
    input.frozenAt,
  ]);
  const { rows } = await client.query<{ next: number }>(
    'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM versions WHERE process_id = $1',
    [input.processId],
  );
  const version = rows[0]?.next ?? 1;
  await client.query(INSERT_VERSION, versionInsertValues({ ...input, version }));
  await insertVersionPeople(client, input.processId, version, input.people);
  const { rows: stored } = await client.query<VersionRow>(
    'SELECT * FROM versions WHERE process_id = $1 AND version = $2',
    [input.processId, version],
  );
  return toVersionRecord(stored[0]!, [...input.people].sort(byPerson), []);
}
