// PostgreSQL: the library's search index (folded text, substring matching with a trigram index where pg_trgm is
// available) and the search itself. As in SQLite, each process has a live entry for its own municipality and, while
// published, a published entry built only from the published version for everyone else.
import type { Pool, PoolClient } from 'pg';
import { asSeenInLibrary, type LibraryRow } from '../library-rows.ts';
import { toProcess, type ProcessRow } from '../rows.ts';
import { rankExpression } from '../search-query.ts';
import { foldedEntry, indexedText, searchTerms } from '../search-text.ts';
import type { LibraryQuery, ProcessRecord } from '../store.ts';

type Queryable = Pick<Pool | PoolClient, 'query'>;
type Scope = 'live' | 'published';
type EntryMeta = {
  org_id: string | null;
  org_name: string;
  title: string;
  description: string;
  leika_key: string | null;
  tags: string[];
};

const LIVE_META = `
  SELECT p.org_id, COALESCE(o.name, '') AS org_name, p.title, p.description, p.leika_key, p.tags
  FROM processes p LEFT JOIN orgs o ON o.id = p.org_id WHERE p.id = $1`;
const PUBLISHED_META = `
  SELECT p.org_id, COALESCE(o.name, '') AS org_name, pub.title, pub.description, pub.leika_key, pub.tags
  FROM publications pub JOIN processes p ON p.id = pub.process_id LEFT JOIN orgs o ON o.id = p.org_id
  WHERE pub.process_id = $1 AND p.published_version IS NOT NULL`;
// A null body keeps the words already indexed (a metadata change does not touch the map).
const UPSERT = `
  INSERT INTO search_entries (process_id, scope, org_id, leika_key, title, org_name, tags, description, body)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($9, ''))
  ON CONFLICT (process_id, scope) DO UPDATE SET org_id = excluded.org_id, leika_key = excluded.leika_key,
    title = excluded.title, org_name = excluded.org_name, tags = excluded.tags,
    description = excluded.description, body = COALESCE($9, search_entries.body)`;

/** The entry's row as it is inserted: every text column folded. */
export function entryRow(processId: string, scope: Scope, meta: EntryMeta, body: string) {
  const folded = foldedEntry({ ...meta, orgName: meta.org_name });
  return {
    process_id: processId,
    scope,
    org_id: meta.org_id,
    leika_key: meta.leika_key,
    title: folded.title,
    org_name: folded.org,
    tags: folded.tags,
    description: folded.description,
    body: indexedText(body),
  };
}

async function write(db: Queryable, processId: string, scope: Scope, metaSql: string, body?: string) {
  const { rows } = await db.query<EntryMeta>(metaSql, [processId]);
  const meta = rows[0];
  if (!meta) {
    await db.query('DELETE FROM search_entries WHERE process_id = $1 AND scope = $2', [processId, scope]);
    return;
  }
  const row = entryRow(processId, scope, meta, body ?? '');
  await db.query(UPSERT, [
    processId,
    scope,
    row.org_id,
    row.leika_key,
    row.title,
    row.org_name,
    row.tags,
    row.description,
    body === undefined ? null : row.body,
  ]);
}

/** Refreshes the live entry from the process's metadata; `body` replaces the map's words when given. */
export const indexLive = (db: Queryable, processId: string, body?: string) =>
  write(db, processId, 'live', LIVE_META, body);

/** Replaces the live entry's words with `body`; writes nothing when they are the same (most edits move things). */
export async function setLiveBody(db: Queryable, processId: string, body: string): Promise<void> {
  const { rows } = await db.query<{ body: string }>(
    "SELECT body FROM search_entries WHERE process_id = $1 AND scope = 'live'",
    [processId],
  );
  if (rows[0] !== undefined && rows[0].body === indexedText(body)) return;
  await indexLive(db, processId, body);
}

/** Refreshes the published entry from the publication (removes it when there is none). */
export const indexPublished = (db: Queryable, processId: string, body?: string) =>
  write(db, processId, 'published', PUBLISHED_META, body);

const likeAnywhere = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchLibrary(pool: Pool, query: LibraryQuery): Promise<ProcessRecord[]> {
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  const members = query.memberOrgIds;
  const visible: string[] = [];
  if (members.length > 0) visible.push(`(e.scope = 'live' AND e.org_id = ANY(${bind(members)}::text[]))`);
  if (query.includePublished) {
    const others =
      members.length > 0 ? `AND (e.org_id IS NULL OR NOT e.org_id = ANY(${bind(members)}::text[]))` : '';
    visible.push(`(e.scope = 'published' ${others})`);
  }
  if (visible.length === 0) return [];

  const terms = searchTerms(query.text ?? '');
  const where = [`(${visible.join(' OR ')})`];
  // Every term must match, in one of its variants anywhere in the folded text, or as the start of the LeiKa key.
  for (const term of terms) {
    const anyVariant = term.variants.map((v) => `e.folded LIKE ${bind(likeAnywhere(v))}`);
    if (term.keyPrefix) anyVariant.push(`e.leika_key LIKE ${bind(`${term.keyPrefix}%`)}`);
    where.push(`(${anyVariant.join(' OR ')})`);
  }
  const seen = (live: string, published: string) =>
    `(CASE WHEN e.scope = 'published' THEN ${published} ELSE ${live} END)`;
  if (query.orgId) where.push(`e.org_id = ${bind(query.orgId)}`);
  if (query.status) where.push(`${seen('p.status', "'published'")} = ${bind(query.status)}`);
  if (query.tier) where.push(`${seen('p.tier', 'pub.tier')} = ${bind(query.tier)}`);
  if (query.tag) where.push(`${seen('p.tags', 'pub.tags')} @> ARRAY[${bind(query.tag)}::text]`);
  const rank = rankExpression(
    terms,
    {
      key: 'e.leika_key',
      title: 'e.title',
      org: 'e.org_name',
      tags: 'e.tags',
      description: 'e.description',
      body: 'e.body',
    },
    {
      bind: (value) => `${bind(value)}::text`,
      contains: (haystack, needle) => `strpos(${haystack}, ${needle}) > 0`,
    },
  );
  const sql = `
    SELECT p.*, e.scope, pub.title AS pub_title, pub.description AS pub_description,
      pub.leika_key AS pub_leika_key, pub.tier AS pub_tier, pub.tags AS pub_tags, pub.published_at AS pub_published_at,
      ${rank} AS rank
    FROM search_entries e
    JOIN processes p ON p.id = e.process_id
    LEFT JOIN publications pub ON pub.process_id = e.process_id AND e.scope = 'published'
    WHERE ${where.join(' AND ')}
    ORDER BY rank DESC, ${seen('p.updated_at', 'pub.published_at')} DESC, p.id
    LIMIT ${bind(query.limit ?? 200)}`;
  const { rows } = await pool.query<ProcessRow & LibraryRow<string[]>>(sql, params);
  return rows.map((row) => asSeenInLibrary(toProcess(row), row, (tags) => tags));
}
