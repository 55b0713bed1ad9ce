// Versions frozen before sealing (names inside the hash) are re-sealed by the migration on both databases: they
// still verify, show the same names, keep their old fingerprint on record, and can have a name erased.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { escapeIdentifier } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addNode,
  canonicalJson,
  createDiscussionDoc,
  createProcessDoc,
  createThread,
  projectProcessSnapshot,
  reply,
} from '@prozesswerk/process-model';
import { loadVerifiedVersion } from '../library/versions.ts';
import { sha256Hex } from '../library/seal.ts';
import { createPool } from './postgres/pool.ts';
import { createPostgresStore } from './postgres/index.ts';
import { migratePostgres, SEALED_VERSIONS_STEP as PG_STEP } from './postgres/migrations.ts';
import { createSqliteStore, sqliteFile } from './sqlite/index.ts';
import { migrateSqlite, SEALED_VERSIONS_STEP as SQLITE_STEP } from './sqlite/migrations.ts';
import type { Store } from './store.ts';

const anna = { id: 'u-anna', name: 'Anna Albrecht', org: 'Kehl' };
const ben = { id: 'u-ben', name: 'Ben Brandt', org: 'Kehl' };

/** A version as format 1 froze it: the projection with names inside, hashed. */
function legacyVersion(tampered = false) {
  const map = createProcessDoc();
  addNode(map, { kind: 'activity', label: 'Antrag prüfen', x: 0, y: 0 });
  const discussion = createDiscussionDoc();
  const thread = createThread(discussion, {
    anchor: { type: 'point', x: 0, y: 0 },
    author: anna,
    text: 'Frist?',
    now: Date.parse('2026-03-01T10:00:00Z'),
  });
  reply(discussion, thread, {
    author: ben,
    text: '@Anna Albrecht: vier Wochen',
    mentions: [anna.id],
    now: Date.parse('2026-03-01T10:05:00Z'),
  });
  const json = canonicalJson(projectProcessSnapshot({ map, discussion }));
  return {
    map_state: Buffer.from(Y.encodeStateAsUpdate(map)),
    discussion_state: Buffer.from(Y.encodeStateAsUpdate(discussion)),
    canonical_json: json,
    sha256: tampered ? sha256Hex('something else') : sha256Hex(json),
    frozen_by_id: ben.id,
    frozen_by_name: ben.name,
    frozen_at: '2026-03-01T11:00:00.000Z',
    agreed_by: JSON.stringify([
      { name: anna.name, org: 'Kehl' },
      { name: 'Gisela Gast', org: 'Offenburg' },
    ]),
  };
}

const LEGACY_INSERT = (p: (n: number) => string) => `
  INSERT INTO snapshots (process_id, version, name, note, map_state, discussion_state, canonical_json, sha256,
    frozen_by_id, frozen_by_name, frozen_at, agreed_by)
  VALUES (${Array.from({ length: 12 }, (_, i) => p(i + 1)).join(', ')})`;

const legacyValues = (version: number, row: ReturnType<typeof legacyVersion>) => [
  'p1',
  version,
  `Fassung ${version}`,
  '',
  row.map_state,
  row.discussion_state,
  row.canonical_json,
  row.sha256,
  row.frozen_by_id,
  row.frozen_by_name,
  row.frozen_at,
  row.agreed_by,
];

const SEED = [
  "INSERT INTO orgs (id, name, created_at) VALUES ('kehl', 'Kehl', 'T')",
  "INSERT INTO processes (id, org_id, title, created_at, updated_at) VALUES ('p1', 'kehl', 'Gewerbe', 'T', 'T')",
];

const LEGACY = legacyVersion();
const TAMPERED = legacyVersion(true);

async function expectResealed(store: Store, rawText: () => Promise<string>) {
  const legacy = LEGACY;
  const loaded = await loadVerifiedVersion(store, 'p1', 1);
  loaded.mapDoc.destroy();
  expect(loaded.record.previousSha256).toBe(legacy.sha256);
  expect(loaded.record.sha256).not.toBe(legacy.sha256);
  expect(loaded.record.frozenBy.name).toBe('Ben Brandt');
  expect(loaded.record.agreedBy.map((p) => p.name)).toEqual(['Anna Albrecht', 'Gisela Gast']);
  const [first, second] = loaded.discussionView.threads[0]!.comments;
  expect(first?.author.name).toBe('Anna Albrecht');
  expect(second?.text).toBe('@Anna Albrecht: vier Wochen');
  expect(await rawText()).not.toMatch(/Anna Albrecht|Ben Brandt|Gisela Gast/);

  await expect(loadVerifiedVersion(store, 'p1', 2)).rejects.toMatchObject({ code: 'snapshot-tampered' });

  await store.redactVersionPerson('p1', 1, {
    personId: anna.id,
    redactedAt: '2026-12-01T00:00:00.000Z',
    pseudonym: 'Ehemalige Person 1',
    reason: 'Art. 17 DSGVO',
  });
  const redacted = await loadVerifiedVersion(store, 'p1', 1);
  redacted.mapDoc.destroy();
  expect(redacted.record.redactedNames).toBe(1);
  expect(redacted.discussionView.threads[0]?.comments[1]?.text).toBe('@Ehemalige Person 1: vier Wochen');
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('re-sealing versions frozen before names could be erased', () => {
  it('on SQLite', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-legacy-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const db = new Database(sqliteFile(dataDir));
    migrateSqlite(db, SQLITE_STEP - 1);
    for (const sql of SEED) db.exec(sql);
    const insert = db.prepare(LEGACY_INSERT(() => '?'));
    insert.run(...legacyValues(1, LEGACY));
    insert.run(...legacyValues(2, TAMPERED));
    db.close();
    const store = createSqliteStore({ dataDir });
    cleanups.push(() => store.close());
    const raw = new Database(sqliteFile(dataDir), { readonly: true });
    cleanups.push(async () => void raw.close());
    await expectResealed(store, async () =>
      JSON.stringify(raw.prepare('SELECT sealed_json, discussion_state, agreed_by FROM versions').all()),
    );
  });

  const url = process.env.DATABASE_URL ?? '';
  it.skipIf(!url)('on PostgreSQL', async () => {
    const schema = `pw_test_${randomBytes(6).toString('hex')}`;
    const pool = createPool({ url, schema });
    cleanups.push(async () => {
      await pool.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
      await pool.end();
    });
    await migratePostgres(pool, schema, PG_STEP - 1);
    for (const sql of SEED) await pool.query(sql);
    const insert = LEGACY_INSERT((n) => `$${n}`);
    await pool.query(insert, legacyValues(1, LEGACY));
    await pool.query(insert, legacyValues(2, TAMPERED));
    const store = await createPostgresStore({ url, schema });
    cleanups.unshift(() => store.close());
    await expectResealed(store, async () => {
      const { rows } = await pool.query('SELECT sealed_json, discussion_state, agreed_by FROM versions');
      return JSON.stringify(
        rows.map((r: Record<string, unknown>) => [r.sealed_json, String(r.discussion_state), r.agreed_by]),
      );
    });
  });
});
