// PostgreSQL: dumping everything for export, and restoring a dump into an empty database.
import { consentText } from '../publication-consent.ts';
import type { Pool, PoolClient } from 'pg';
import { mergeStoredUpdates } from '../merge.ts';
import { orderDump, publicationsOf } from '../dump-order.ts';
import { encodeRoleRates, toOrgHourlyRates, type OrgHourlyRatesRow } from '../hourly-rates.ts';
import {
  toGuest,
  toInvite,
  toMembership,
  toOrg,
  toProcess,
  toPublication,
  toToken,
  toUser,
  type GuestRow,
  type InviteRow,
  type MembershipRow,
  type OrgRow,
  type ProcessRow,
  type PublicationRow,
  type TokenRow,
  type UserRow,
} from '../rows.ts';
import type { DumpStore, Publication, SearchTexts, StoreDump } from '../store.ts';
import { inTransaction } from './pool.ts';
import { entryRow } from './search.ts';
import {
  agreedId,
  versionsFromRows,
  type VersionPersonRow,
  type VersionRedactionRow,
  type VersionRow,
} from '../version-rows.ts';

type Row = Record<string, unknown>;

/** Rows per INSERT while restoring: big enough to be fast, small enough to keep one statement's JSON modest. */
const RESTORE_CHUNK = 500;

export function postgresDumpStore(pool: Pool): DumpStore {
  return {
    // One snapshot of the whole database, however long the dump takes and whatever the server writes meanwhile.
    dumpAll: async () =>
      orderDump(await inTransaction(pool, readDump, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')),
    restoreAll: (dump, search) =>
      inTransaction(pool, async (client) => {
        await restore(client, dump);
        await insertRows(client, 'search_entries', searchEntries(dump, search));
      }),
  };
}

async function readDump(client: PoolClient): Promise<StoreDump> {
  const all = async <R extends Row>(sql: string) => (await client.query<R>(sql)).rows;
  return {
    orgs: (await all<OrgRow>('SELECT * FROM orgs ORDER BY id')).map(toOrg),
    users: (await all<UserRow>('SELECT * FROM users ORDER BY id')).map(toUser),
    memberships: (await all<MembershipRow>('SELECT * FROM memberships ORDER BY user_id, org_id')).map(
      toMembership,
    ),
    processes: (await all<ProcessRow>('SELECT * FROM processes ORDER BY id')).map(toProcess),
    docs: await readDocs(client),
    snapshots: versionsFromRows(
      await all<VersionRow>('SELECT * FROM versions ORDER BY process_id, version'),
      await all<VersionPersonRow>('SELECT * FROM version_people ORDER BY process_id, version, person_id'),
      await all<VersionRedactionRow>(
        'SELECT * FROM version_redactions ORDER BY process_id, version, person_id',
      ),
    ),
    accessTokens: (await all<TokenRow>('SELECT * FROM access_tokens ORDER BY id')).map(toToken),
    invites: (await all<InviteRow>('SELECT * FROM invites ORDER BY id')).map(toInvite),
    guests: (await all<GuestRow>('SELECT * FROM guests ORDER BY id')).map(toGuest),
    hourlyRates: (await all<OrgHourlyRatesRow>('SELECT * FROM org_hourly_rates ORDER BY org_id')).map(
      toOrgHourlyRates,
    ),
    publications: (await all<PublicationRow>('SELECT * FROM publications ORDER BY process_id')).map(
      toPublication,
    ),
  };
}

/** Each room's state and log, merged into one state per room. */
async function readDocs(client: PoolClient): Promise<StoreDump['docs']> {
  const { rows } = await client.query<{ room: string; data: Buffer }>(`
    SELECT room, 0 AS part, NULL::bigint AS seq, state AS data FROM doc_states
    UNION ALL
    SELECT room, 1 AS part, seq, data FROM doc_updates
    ORDER BY room, part, seq`);
  const parts = new Map<string, Buffer[]>();
  for (const { room, data } of rows) parts.set(room, [...(parts.get(room) ?? []), data]);
  return [...parts].map(([room, updates]) => ({ room, state: mergeStoredUpdates(updates).merged }));
}

async function restore(client: PoolClient, dump: StoreDump): Promise<void> {
  // Two imports into one empty database at once would both see it empty: they take turns.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('prozesswerk:restore'))");
  const { rows } = await client.query<{ empty: boolean }>(
    `SELECT NOT (EXISTS (SELECT 1 FROM orgs) OR EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM processes)
      OR EXISTS (SELECT 1 FROM doc_states) OR EXISTS (SELECT 1 FROM doc_updates)) AS empty`,
  );
  if (!rows[0]?.empty) throw new Error('target-not-empty');

  const now = new Date().toISOString();
  await insertRows(
    client,
    'orgs',
    dump.orgs.map((o) => ({ id: o.id, name: o.name, created_at: o.createdAt })),
  );
  await insertRows(
    client,
    'org_hourly_rates',
    (dump.hourlyRates ?? []).map((r) => ({
      org_id: r.orgId,
      default_rate: r.defaultRate,
      role_rates: encodeRoleRates(r.roles),
      updated_at: r.updatedAt,
    })),
  );
  await insertRows(
    client,
    'users',
    dump.users.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      password_hash: u.passwordHash,
      created_at: u.createdAt,
    })),
  );
  await insertRows(
    client,
    'memberships',
    dump.memberships.map((m) => ({ user_id: m.userId, org_id: m.orgId, role: m.role })),
  );
  // Lineage points from process to process, so it is set once they all exist.
  await insertRows(
    client,
    'processes',
    dump.processes.map((p) => ({
      id: p.id,
      org_id: p.orgId,
      title: p.title,
      description: p.description,
      leika_key: p.leikaKey,
      tier: p.tier,
      tags: p.tags,
      status: p.status,
      origin_version: p.originVersion,
      published_version: p.publishedVersion,
      withdrawn_at: p.withdrawnAt ?? null,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    })),
  );
  const lineage = dump.processes.filter((p) => p.originProcessId !== null);
  await client.query(
    `UPDATE processes p SET origin_process_id = l.origin
     FROM unnest($1::text[], $2::text[]) AS l (id, origin) WHERE p.id = l.id`,
    [lineage.map((p) => p.id), lineage.map((p) => p.originProcessId)],
  );
  await insertRows(
    client,
    'publications',
    publicationsOf(dump).map((pub) => ({
      process_id: pub.processId,
      version: pub.version,
      title: pub.title,
      description: pub.description,
      leika_key: pub.leikaKey,
      tier: pub.tier,
      tags: pub.tags,
      published_at: pub.publishedAt,
      consent: consentText(pub.consent),
    })),
  );
  await insertRows(
    client,
    'doc_states',
    dump.docs.map((d) => ({ room: d.room, state: byteaText(d.state), updated_at: now })),
  );
  await insertRows(
    client,
    'versions',
    dump.snapshots.map((s) => ({
      process_id: s.processId,
      version: s.version,
      name: s.name,
      note: s.note,
      sha256: s.sha256,
      frozen_at: s.frozenAt,
      frozen_by: s.frozenBy.id,
      agreed_by: JSON.stringify(s.agreedBy.map(agreedId)),
      previous_sha256: s.previousSha256,
      map_state: byteaText(s.mapState),
      discussion_state: byteaText(s.discussionState),
      sealed_json: s.canonicalJson,
    })),
  );
  // Redactions first: a name that was erased must never come back.
  await insertRows(
    client,
    'version_redactions',
    dump.snapshots.flatMap((s) =>
      s.redactions.map((r) => ({
        process_id: s.processId,
        version: s.version,
        person_id: r.personId,
        redacted_at: r.redactedAt,
        pseudonym: r.pseudonym,
        reason: r.reason,
      })),
    ),
  );
  await insertRows(
    client,
    'version_people',
    dump.snapshots.flatMap((s) =>
      s.people.map((p) => ({
        process_id: s.processId,
        version: s.version,
        person_id: p.personId,
        salt: p.salt,
        name: p.name,
        org: p.org,
        email: p.email,
      })),
    ),
  );
  await insertRows(
    client,
    'access_tokens',
    dump.accessTokens.map((t) => ({
      id: t.id,
      token_hash: t.tokenHash,
      user_id: t.userId,
      label: t.label,
      created_at: t.createdAt,
      revoked_at: t.revokedAt,
    })),
  );
  await insertRows(
    client,
    'invites',
    dump.invites.map((i) => ({
      id: i.id,
      token_hash: i.tokenHash,
      process_id: i.processId,
      role: i.role,
      created_by: i.createdBy,
      created_at: i.createdAt,
      expires_at: i.expiresAt,
      max_uses: i.maxUses,
      uses: i.uses,
      revoked_at: i.revokedAt,
    })),
  );
  await insertRows(
    client,
    'guests',
    dump.guests.map((g) => ({
      id: g.id,
      invite_id: g.inviteId,
      process_id: g.processId,
      name: g.name,
      created_at: g.createdAt,
      user_id: g.userId ?? null,
      as_self: g.asSelf === true,
    })),
  );
}

/** The search index of a restored library: each process's live entry, and the published entry of published ones. */
function searchEntries(dump: StoreDump, search: SearchTexts): Row[] {
  const orgNames = new Map(dump.orgs.map((o) => [o.id, o.name]));
  const publications = new Map(publicationsOf(dump).map((pub) => [pub.processId, pub]));
  return dump.processes.flatMap((p) => {
    const orgName = (p.orgId && orgNames.get(p.orgId)) || '';
    const meta = (m: Pick<Publication, 'title' | 'description' | 'leikaKey' | 'tags'>) => ({
      org_id: p.orgId,
      org_name: orgName,
      title: m.title,
      description: m.description,
      leika_key: m.leikaKey,
      tags: m.tags,
    });
    const published = publications.get(p.id);
    return [
      entryRow(p.id, 'live', meta(p), search.live.get(p.id) ?? ''),
      ...(published ? [entryRow(p.id, 'published', meta(published), search.published.get(p.id) ?? '')] : []),
    ];
  });
}

/**
 * Inserts rows keyed by column name, a chunk per statement: json_populate_recordset turns each JSON value into the
 * column's type (arrays into text[], '\x…' strings into bytea). Table and column names come from this module only.
 */
async function insertRows(client: PoolClient, table: string, rows: readonly Row[]): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first).join(', ');
  for (let start = 0; start < rows.length; start += RESTORE_CHUNK) {
    await client.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1)`,
      [JSON.stringify(rows.slice(start, start + RESTORE_CHUNK))],
    );
  }
}

/** bytea's text form, which json_populate_recordset hands to the column. */
function byteaText(bytes: Uint8Array): string {
  return `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
}
