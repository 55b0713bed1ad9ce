// SQLite: dumping everything for export, and restoring a dump into an empty database.
import { consentText } from '../publication-consent.ts';
import type Database from 'better-sqlite3';
import { mergeStoredUpdates } from '../merge.ts';
import type { AppendConnection } from './wal-sync.ts';
import { orderDump, publicationsOf } from '../dump-order.ts';
import { encodeRoleRates, toOrgHourlyRates, type OrgHourlyRatesRow } from '../hourly-rates.ts';
import {
  toGuest,
  toInvite,
  toMembership,
  toOrg,
  toToken,
  toUser,
  type GuestRow,
  type InviteRow,
  type MembershipRow,
  type OrgRow,
  type TokenRow,
  type UserRow,
} from '../rows.ts';
import type { DumpStore, StoreDump } from '../store.ts';
import { sqliteSearchIndex } from './search.ts';
import {
  processFromSqlite,
  publicationFromSqlite,
  type SqlitePublicationRow,
  type SqliteProcessRow,
} from './rows.ts';
import {
  agreedId,
  versionInsertValues,
  versionsFromRows,
  type VersionPersonRow,
  type VersionRedactionRow,
  type VersionRow,
} from '../version-rows.ts';
import { INSERT_VERSION, INSERT_VERSION_PERSON_EMAIL } from './migrate-versions.ts';

type Row = Record<string, unknown>;

/** Tables and the order a restore must insert them in (references first). */
const TABLES = [
  'orgs',
  'org_hourly_rates',
  'users',
  'memberships',
  'processes',
  'publications',
  'versions',
  'version_people',
  'version_redactions',
  'access_tokens',
  'invites',
  'guests',
] as const;

export function sqliteDumpStore(
  db: Database.Database,
  appends: AppendConnection,
  read: (table: string) => Row[],
): DumpStore {
  const isEmpty = () =>
    ['orgs', 'users', 'processes', 'doc_states', 'doc_updates'].every(
      (table) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n === 0,
    );

  return {
    async dumpAll() {
      const dump = await appends.readDurable(
        db.transaction(() => ({
          tables: Object.fromEntries(TABLES.map((t) => [t, read(t)])),
          docs: dumpDocs(db),
        })),
      );
      return orderDump(toDump(dump.tables, dump.docs));
    },
    async restoreAll(dump, search) {
      if (!isEmpty()) throw new Error('target-not-empty');
      db.transaction(() => {
        restore(db, dump);
        const index = sqliteSearchIndex(db);
        for (const p of dump.processes) {
          index.indexLive(p.id, search.live.get(p.id) ?? '');
          index.indexPublished(p.id, search.published.get(p.id) ?? '');
        }
      })();
    },
  };
}

function dumpDocs(db: Database.Database): { room: string; state: Uint8Array }[] {
  const rooms = db
    .prepare('SELECT room FROM doc_states UNION SELECT room FROM doc_updates ORDER BY room')
    .all() as { room: string }[];
  const state = db.prepare('SELECT state FROM doc_states WHERE room = ?');
  const updates = db.prepare('SELECT data FROM doc_updates WHERE room = ? ORDER BY seq');
  return rooms.map(({ room }) => {
    const base = state.get(room) as { state: Buffer } | undefined;
    const log = (updates.all(room) as { data: Buffer }[]).map((row) => row.data);
    return { room, state: mergeStoredUpdates([...(base ? [base.state] : []), ...log]).merged };
  });
}

function toDump(tables: Record<string, Row[]>, docs: StoreDump['docs']): StoreDump {
  // Each table was read with SELECT *, so its rows have exactly the columns of its row type.
  const rows = <R>(table: string) => (tables[table] ?? []) as R[];
  return {
    orgs: rows<OrgRow>('orgs').map(toOrg),
    users: rows<UserRow>('users').map(toUser),
    memberships: rows<MembershipRow>('memberships').map(toMembership),
    processes: rows<SqliteProcessRow>('processes').map(processFromSqlite),
    docs,
    snapshots: versionsFromRows(
      rows<VersionRow>('versions'),
      rows<VersionPersonRow>('version_people'),
      rows<VersionRedactionRow>('version_redactions'),
    ),
    accessTokens: rows<TokenRow>('access_tokens').map(toToken),
    invites: rows<InviteRow>('invites').map(toInvite),
    guests: rows<GuestRow>('guests').map(toGuest),
    hourlyRates: rows<OrgHourlyRatesRow>('org_hourly_rates').map(toOrgHourlyRates),
    publications: rows<SqlitePublicationRow>('publications').map(publicationFromSqlite),
  };
}

function restore(db: Database.Database, dump: StoreDump): void {
  const insert = (sql: string) => db.prepare(sql);
  const org = insert('INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?)');
  for (const o of dump.orgs) org.run(o.id, o.name, o.createdAt);
  const rates = insert(
    'INSERT INTO org_hourly_rates (org_id, default_rate, role_rates, updated_at) VALUES (?, ?, ?, ?)',
  );
  for (const r of dump.hourlyRates ?? [])
    rates.run(r.orgId, r.defaultRate, encodeRoleRates(r.roles), r.updatedAt);
  const user = insert(
    'INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const u of dump.users) user.run(u.id, u.email, u.name, u.passwordHash, u.createdAt);
  const membership = insert('INSERT INTO memberships (user_id, org_id, role) VALUES (?, ?, ?)');
  for (const m of dump.memberships) membership.run(m.userId, m.orgId, m.role);
  const process = insert(
    `INSERT INTO processes (id, org_id, title, description, leika_key, tier, tags, status, origin_process_id,
       origin_version, published_version, withdrawn_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
  );
  for (const p of dump.processes) {
    process.run(
      p.id,
      p.orgId,
      p.title,
      p.description,
      p.leikaKey,
      p.tier,
      JSON.stringify(p.tags),
      p.status,
      p.originVersion,
      p.publishedVersion,
      p.withdrawnAt ?? null,
      p.createdAt,
      p.updatedAt,
    );
  }
  const publication = insert(
    `INSERT INTO publications (process_id, version, title, description, leika_key, tier, tags, published_at, consent)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const pub of publicationsOf(dump))
    publication.run(
      pub.processId,
      pub.version,
      pub.title,
      pub.description,
      pub.leikaKey,
      pub.tier,
      JSON.stringify(pub.tags),
      pub.publishedAt,
      consentText(pub.consent),
    );
  // Lineage points between processes, so it is set once they all exist.
  const origin = insert('UPDATE processes SET origin_process_id = ? WHERE id = ?');
  for (const p of dump.processes) if (p.originProcessId) origin.run(p.originProcessId, p.id);
  const doc = insert('INSERT INTO doc_states (room, state, updated_at) VALUES (?, ?, ?)');
  const now = new Date().toISOString();
  for (const d of dump.docs) doc.run(d.room, d.state, now);
  const version = insert(INSERT_VERSION);
  const versionPerson = insert(INSERT_VERSION_PERSON_EMAIL);
  const redaction = insert(
    `INSERT INTO version_redactions (process_id, version, person_id, redacted_at, pseudonym, reason)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const s of dump.snapshots) {
    version.run(
      ...versionInsertValues({ ...s, frozenById: s.frozenBy.id, agreedByIds: s.agreedBy.map(agreedId) }),
    );
    // Redactions first: a name that was erased must never come back.
    for (const r of s.redactions)
      redaction.run(s.processId, s.version, r.personId, r.redactedAt, r.pseudonym, r.reason);
    for (const p of s.people)
      versionPerson.run(s.processId, s.version, p.personId, p.salt, p.name, p.org, p.email);
  }
  const token = insert(
    'INSERT INTO access_tokens (id, token_hash, user_id, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const t of dump.accessTokens)
    token.run(t.id, t.tokenHash, t.userId, t.label, t.createdAt, t.revokedAt);
  const invite = insert(
    `INSERT INTO invites (id, token_hash, process_id, role, created_by, created_at, expires_at, max_uses, uses, revoked_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const i of dump.invites)
    invite.run(
      i.id,
      i.tokenHash,
      i.processId,
      i.role,
      i.createdBy,
      i.createdAt,
      i.expiresAt,
      i.maxUses,
      i.uses,
      i.revokedAt,
    );
  const guest = insert(
    'INSERT INTO guests (id, invite_id, process_id, name, created_at, user_id, as_self) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const g of dump.guests)
    guest.run(g.id, g.inviteId, g.processId, g.name, g.createdAt, g.userId ?? null, g.asSelf ? 1 : 0);
}
