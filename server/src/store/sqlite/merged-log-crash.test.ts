// SQLite: loading a room with a long log stores its merge and deletes the merged entries after returning; a crash
// before those deletes are done leaves entries that the state already holds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { storedParts } from '../merge.ts';
import type { Store } from '../store.ts';
import { LONG_LOG, listOf, pushUpdate, storeLongLog } from '../test-support.ts';
import { createSqliteStore, sqliteFile } from './index.ts';

/** How many list values an update holds: each edit pushes one, so a value stored twice counts twice. */
function valuesIn(update: Uint8Array): number {
  let count = 0;
  for (const struct of Y.decodeUpdate(update).structs) if (struct instanceof Y.Item) count += struct.length;
  return count;
}

describe.each(['commit', 'thread'] as const)('SQLite (room updates synced on %s)', (walSync) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('gives every edit once after a crash left merged entries in the log, and compaction empties it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-merged-log-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const open = () => createSqliteStore({ dataDir, walSync });
    let store: Store | undefined = open();
    cleanups.push(() => store?.close());
    const room = 'p1/map';
    const edits = await storeLongLog(store, room);
    const logged = withRaw(dataDir, (raw) =>
      raw.prepare('SELECT seq, data FROM doc_updates WHERE room = ? ORDER BY seq').all(room),
    ) as { seq: number; data: Buffer }[];
    expect(logged).toHaveLength(LONG_LOG);

    const loaded = await store.loadRoom(room);
    // The premise: loading returned before the merged log was all deleted.
    expect(await store.logLength(room)).toBeGreaterThan(0);
    const client = new Y.Doc();
    for (const part of loaded.parts) Y.applyUpdate(client, part);
    const during = [0, 1, 2].map((n) => pushUpdate(client, `during${n}`));
    for (const update of during) await store.appendUpdates([{ room, update }]);
    while ((await store.logLength(room)) > during.length) await setImmediate();
    await store.close();
    store = undefined;

    // The crash: entries past the first page were never deleted (a crash keeps them under their own numbers).
    const left = logged.slice(2000);
    withRaw(dataDir, (raw) => {
      const insert = raw.prepare('INSERT INTO doc_updates (seq, room, data) VALUES (?, ?, ?)');
      raw.transaction(() => {
        for (const { seq, data } of left) insert.run(seq, room, data);
      })();
    });
    const expected = [...edits, 'during0', 'during1', 'during2'];

    store = open();
    const stored = await store.loadDoc(room);
    // The state holds every edit merged on loading, once; the log each entry left and each later edit, once, in order.
    expect(valuesIn(stored.state!)).toBe(LONG_LOG);
    expect(listOf([stored.state!])).toEqual(edits);
    expect(stored.updates.map((update) => Buffer.from(update))).toEqual([
      ...left.map(({ data }) => data),
      ...during.map((update) => Buffer.from(update)),
    ]);
    expect(listOf(storedParts(stored))).toEqual(expected);

    // Loading again and compacting at once (as a room that unloads right away).
    const reloaded = await store.loadRoom(room);
    await store.compact(room);
    expect(reloaded.parts).toHaveLength(1);
    expect(valuesIn(reloaded.parts[0]!)).toBe(expected.length);
    expect(listOf(reloaded.parts)).toEqual(expected);
    expect(await store.logLength(room)).toBe(0);
    const compacted = await store.loadDoc(room);
    expect(compacted.updates).toEqual([]);
    expect(valuesIn(compacted.state!)).toBe(expected.length);
    expect(listOf([compacted.state!])).toEqual(expected);
  });
});

function withRaw<T>(dataDir: string, use: (raw: Database.Database) => T): T {
  const raw = new Database(sqliteFile(dataDir));
  try {
    return use(raw);
  } finally {
    raw.close();
  }
}
