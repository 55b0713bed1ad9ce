// SQLite: the library's search index (FTS5 trigram over folded text) and the search itself. Each process has a
// "live" entry, visible to its own municipality, and while published a "published" entry built only from the published
// version, the one every other municipality searches.
import type Database from 'better-sqlite3';
import type { LibraryQuery, ProcessRecord } from '../store.ts';
import { rankExpression } from '../search-query.ts';
import { foldedEntry, indexedText, searchTerms, type SearchTerm } from '../search-text.ts';
import { asSeenInLibrary, type LibraryRow } from '../library-rows.ts';
import { processFromSqlite, type SqliteProcessRow } from './rows.ts';

type Scope = 'live' | 'published';
type EntryMeta = {
  org_id: string | null;
  org_name: string;
  title: string;
  description: string;
  leika_key: string | null;
  tags: string;
};

export type SqliteSearchIndex = {
  /** Refreshes a live entry from the process's metadata; `body` replaces the map's words when given. */
  indexLive(processId: string, body?: string): void;
  /** Replaces the live entry's words with `body`; writes nothing when they are the same (most edits move things). */
  setLiveBody(processId: string, body: string): void;
  /** Refreshes the published entry from the publication; `body` replaces its words when given; none: removed. */
  indexPublished(processId: string, body?: string): void;
  search(query: LibraryQuery): ProcessRecord[];
};

export function sqliteSearchIndex(db: Database.Database): SqliteSearchIndex {
  const q = {
    liveMeta: db.prepare(
      `SELECT p.org_id, COALESCE(o.name, '') AS org_name, p.title, p.description, p.leika_key, p.tags
       FROM processes p LEFT JOIN orgs o ON o.id = p.org_id WHERE p.id = ?`,
    ),
    publishedMeta: db.prepare(
      `SELECT p.org_id, COALESCE(o.name, '') AS org_name, pub.title, pub.description, pub.leika_key, pub.tags
       FROM publications pub JOIN processes p ON p.id = pub.process_id LEFT JOIN orgs o ON o.id = p.org_id
       WHERE pub.process_id = ? AND p.published_version IS NOT NULL`,
    ),
    entry: db.prepare('SELECT id FROM search_entries WHERE process_id = ? AND scope = ?'),
    upsertEntry: db.prepare(
      `INSERT INTO search_entries (process_id, scope, org_id, leika_key) VALUES (?, ?, ?, ?)
       ON CONFLICT (process_id, scope) DO UPDATE SET org_id = excluded.org_id, leika_key = excluded.leika_key
       RETURNING id`,
    ),
    deleteEntry: db.prepare('DELETE FROM search_entries WHERE process_id = ? AND scope = ?'),
    body: db.prepare('SELECT body FROM search_text WHERE rowid = ?'),
    deleteText: db.prepare('DELETE FROM search_text WHERE rowid = ?'),
    insertText: db.prepare(
      'INSERT INTO search_text (rowid, title, org, tags, description, body, leika) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
  };

  const write = (processId: string, scope: Scope, meta: EntryMeta | undefined, body: string | undefined) => {
    const existing = q.entry.get(processId, scope) as { id: number } | undefined;
    if (!meta) {
      if (existing) q.deleteEntry.run(processId, scope);
      return;
    }
    const kept = existing ? ((q.body.get(existing.id) as { body: string } | undefined)?.body ?? '') : '';
    const { id } = q.upsertEntry.get(processId, scope, meta.org_id, meta.leika_key) as { id: number };
    const folded = foldedEntry({
      title: meta.title,
      orgName: meta.org_name,
      tags: JSON.parse(meta.tags) as string[],
      description: meta.description,
    });
    q.deleteText.run(id);
    q.insertText.run(
      id,
      folded.title,
      folded.org,
      folded.tags,
      folded.description,
      body === undefined ? kept : indexedText(body),
      // "^" marks the key's start, so a number matches the key only from its beginning.
      meta.leika_key ? `^${meta.leika_key}` : '',
    );
  };

  const indexLive = (processId: string, body?: string) =>
    write(processId, 'live', q.liveMeta.get(processId) as EntryMeta | undefined, body);

  return {
    indexLive,
    setLiveBody(processId, body) {
      const existing = q.entry.get(processId, 'live') as { id: number } | undefined;
      const kept = existing ? (q.body.get(existing.id) as { body: string } | undefined)?.body : undefined;
      if (kept !== undefined && kept === indexedText(body)) return;
      db.transaction(() => indexLive(processId, body))();
    },
    indexPublished: (processId, body) =>
      write(processId, 'published', q.publishedMeta.get(processId) as EntryMeta | undefined, body),
    search: (query) => search(db, query),
  };
}

const TEXT_COLUMNS = '{title org tags description body}';
const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** FTS5 syntax: every term must match in one of its variants; a number may also be the start of the LeiKa key. */
function matchExpression(terms: readonly SearchTerm[]): string {
  return terms
    .map((term) => {
      const inText = `${TEXT_COLUMNS} : (${term.variants.map(phrase).join(' OR ')})`;
      return term.keyPrefix ? `(${inText} OR leika : ${phrase(`^${term.keyPrefix}`)})` : `(${inText})`;
    })
    .join(' AND ');
}

function search(db: Database.Database, query: LibraryQuery): ProcessRecord[] {
  const params: (string | number)[] = [];
  const bind = (value: string | number) => (params.push(value), '?');
  const members = query.memberOrgIds;
  const visible: string[] = [];
  if (members.length > 0)
    visible.push(`(e.scope = 'live' AND e.org_id IN (${members.map(bind).join(', ')}))`);
  if (query.includePublished) {
    const others =
      members.length > 0 ? `AND (e.org_id IS NULL OR e.org_id NOT IN (${members.map(bind).join(', ')}))` : '';
    visible.push(`(e.scope = 'published' ${others})`);
  }
  if (visible.length === 0) return [];

  const terms = searchTerms(query.text ?? '');
  // Ranking binds its values first: the SELECT list comes before WHERE.
  const rankParams: (string | number)[] = [];
  const rank = rankExpression(
    terms,
    {
      key: 'e.leika_key',
      title: 't.title',
      org: 't.org',
      tags: 't.tags',
      description: 't.description',
      body: 't.body',
    },
    {
      bind: (value) => (rankParams.push(value), '?'),
      contains: (haystack, needle) => `instr(${haystack}, ${needle}) > 0`,
    },
  );
  const where = [`(${visible.join(' OR ')})`];
  if (terms.length > 0) where.push(`t.search_text MATCH ${bind(matchExpression(terms))}`);
  const seen = (live: string, published: string) =>
    `(CASE WHEN e.scope = 'published' THEN ${published} ELSE ${live} END)`;
  if (query.orgId) where.push(`e.org_id = ${bind(query.orgId)}`);
  if (query.status) where.push(`${seen('p.status', "'published'")} = ${bind(query.status)}`);
  if (query.tier) where.push(`${seen('p.tier', 'pub.tier')} = ${bind(query.tier)}`);
  if (query.tag)
    where.push(
      `EXISTS (SELECT 1 FROM json_each(${seen('p.tags', 'pub.tags')}) WHERE value = ${bind(query.tag)})`,
    );
  const sql = `
    SELECT p.*, e.scope, pub.title AS pub_title, pub.description AS pub_description,
      pub.leika_key AS pub_leika_key, pub.tier AS pub_tier, pub.tags AS pub_tags, pub.published_at AS pub_published_at,
      ${rank} AS rank
    FROM search_entries e
    JOIN search_text t ON t.rowid = e.id
    JOIN processes p ON p.id = e.process_id
    LEFT JOIN publications pub ON pub.process_id = e.process_id AND e.scope = 'published'
    WHERE ${where.join(' AND ')}
    ORDER BY rank DESC, ${seen('p.updated_at', 'pub.published_at')} DESC, p.id
    LIMIT ${bind(query.limit ?? 200)}`;
  type Row = SqliteProcessRow & LibraryRow<string>;
  const rows = db.prepare(sql).all(...rankParams, ...params) as Row[];
  return rows.map((row) =>
    asSeenInLibrary(processFromSqlite(row), row, (tags) => JSON.parse(tags) as string[]),
  );
}
