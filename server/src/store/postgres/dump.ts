// PostgreSQL: dumping everything for export, and restoring a dump into an empty database.
import type { Pool, PoolClient } from 'pg';
import { mergeStoredUpdates } from '../merge.ts';
import { orderDump } from '../dump-order.ts';
import { encodeRoleRates, toOrgHourlyRates, type OrgHourlyRatesRow } from '../hourly-rates.ts';
import {
  toGuest,
  toInvite,
  toMembership,
  toOrg,
  toProcess,
  toSnapshot,
  toToken,
  toUser,
  type GuestRow,
  type InviteRow,
  type MembershipRow,
  type OrgRow,
  type ProcessRow,
  type SnapshotRow,
  type TokenRow,
  type UserRow,
} from '../rows.ts';
import type { DumpStore, StoreDump } from '../store.ts';
import { inTransaction } from './pool.ts';

type Row = Record<string, unknown>;

/** Rows per INSERT while restoring: big enough to be fast, small enough to keep one statement's JSON modest. */
const RESTORE_CHUNK = 500;

export function postgresDumpStore(pool: Pool): DumpStore {
  return {
    // One snapshot of the whole database, however long the dump takes and whatever the server writes meanwhile.
    dumpAll: async () =>
      orderDump(await inTransaction(pool, readDump, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')),
    restoreAll: (dump) => inTransaction(pool, (client) => restore(client, dump)),
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
    snapshots: (await all<SnapshotRow>('SELECT * FROM snapshots ORDER BY process_id, version')).map(
      toSnapshot,
    ),
    accessTokens: (await all<TokenRow>('SELECT * FROM access_tokens ORDER BY id')).map(toToken),
    invites: (await all<InviteRow>('SELECT * FROM invites ORDER BY id')).map(toInvite),
    guests: (await all<GuestRow>('SELECT * FROM guests ORDER BY id')).map(toGuest),
    hourlyRates: (await all<OrgHourlyRatesRow>('SELECT * FROM org_hourly_rates ORDER BY org_id')).map(
      toOrgHourlyRates,
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
  // The words of each map come back when the server indexes it again, as with the SQLite store.
  await insertRows(
    client,
    'process_search',
    dump.processes.map((p) => ({
      process_id: p.id,
      title: p.title,
      description: p.description,
      tags: p.tags.join(' '),
      body: '',
    })),
  );
  await insertRows(
    client,
    'doc_states',
    dump.docs.map((d) => ({ room: d.room, state: byteaText(d.state), updated_at: now })),
  );
  await insertRows(
    client,
    'snapshots',
    dump.snapshots.map((s) => ({
      process_id: s.processId,
      version: s.version,
      name: s.name,
      note: s.note,
      sha256: s.sha256,
      frozen_by_id: s.frozenBy.id,
      frozen_by_name: s.frozenBy.name,
      frozen_at: s.frozenAt,
      agreed_by: s.agreedBy,
      map_state: byteaText(s.mapState),
      discussion_state: byteaText(s.discussionState),
      canonical_json: s.canonicalJson,
    })),
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
    })),
  );
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
