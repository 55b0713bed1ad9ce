import { fdatasync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMetricsRegistry } from '../../metrics/registry.ts';
import { createSyncMetrics } from '../../sync/sync-metrics.ts';
import { createWriteQueue } from '../../sync/write-queue.ts';
import { createSqliteStore, sqliteFile } from './index.ts';
import { createWalAppends, type AppendConnection, type SyncFile } from './wal-sync.ts';

/** The real fdatasync, each call held until the test lets it run: a slow disk. */
function heldSync() {
  const waiting: { fd: number; done: (error: Error | null) => void }[] = [];
  const syncFile: SyncFile = (fd, done) => waiting.push({ fd, done });
  return {
    syncFile,
    pending: () => waiting.length,
    /** Runs the held syncs; resolves once they have finished and reported. */
    release: () =>
      Promise.all(
        waiting.splice(0).map(
          ({ fd, done }) =>
            new Promise<void>((resolve) =>
              fdatasync(fd, (error) => {
                done(error);
                resolve();
              }),
            ),
        ),
      ),
  };
}

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await nextTurn();
};

describe('room updates appended with the WAL synced off the event loop', () => {
  let dataDir: string;
  let setup: Database.Database;
  let appends: AppendConnection | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pw-wal-sync-'));
    // As the store does: the file in WAL mode, with its tables, open on a first connection.
    setup = new Database(sqliteFile(dataDir));
    setup.pragma('journal_mode = WAL');
    setup.exec('CREATE TABLE log (n INTEGER)');
  });
  afterEach(async () => {
    await appends?.close();
    appends = undefined;
    setup.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const insert = (n: number) => () => appends?.db.prepare('INSERT INTO log (n) VALUES (?)').run(n);
  const readLog = () =>
    (setup.prepare('SELECT n FROM log ORDER BY n').all() as { n: number }[]).map((r) => r.n);

  it('resolves a commit only after its sync ran, and one sync covers the commits that waited for it', async () => {
    const disk = heldSync();
    appends = createWalAppends(sqliteFile(dataDir), disk.syncFile);
    const done: number[] = [];
    void appends.commit(insert(1)).then(() => done.push(1));
    await settle();
    expect(disk.pending()).toBe(1);
    void appends.commit(insert(2)).then(() => done.push(2));
    void appends.commit(insert(3)).then(() => done.push(3));
    await settle();
    expect(done).toEqual([]);

    await disk.release();
    await settle();
    expect(done).toEqual([1]);
    // Commits 2 and 3 came during the first sync: one more sync for both.
    expect(disk.pending()).toBe(1);
    await disk.release();
    await settle();
    expect(done).toEqual([1, 2, 3]);
  });

  it('lets reads of room data wait until what they would see is durable', async () => {
    const disk = heldSync();
    appends = createWalAppends(sqliteFile(dataDir), disk.syncFile);
    void appends.commit(insert(1));
    let read: number[] | undefined;
    void appends.readDurable(readLog).then((rows) => (read = rows));
    await settle();
    // The other connection could already see the row, but the read waits for the sync.
    expect(readLog()).toEqual([1]);
    expect(read).toBeUndefined();
    await disk.release();
    await settle();
    expect(read).toEqual([1]);
  });

  it('refuses every later commit and durable read once a sync failed', async () => {
    const failing: SyncFile = (_fd, done) => setImmediate(() => done(new Error('EIO: disk failed')));
    appends = createWalAppends(sqliteFile(dataDir), failing);
    await expect(appends.commit(insert(1))).rejects.toThrow('EIO');
    await expect(appends.commit(insert(2))).rejects.toThrow('EIO');
    await expect(appends.readDurable(readLog)).rejects.toThrow('EIO');
    // The second commit did not even write.
    expect(readLog()).toEqual([1]);
  });
});

describe('the SQLite store under FULL with appends synced off the event loop', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'pw-wal-store-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('has appended updates readable by a fresh connection once appendUpdates resolved', async () => {
    const store = createSqliteStore({ dataDir, walSync: 'thread' });
    try {
      await store.appendUpdates([
        { room: 'p1/map', update: new Uint8Array([1, 2]) },
        { room: 'p1/map', update: new Uint8Array([3]) },
      ]);
      const fresh = new Database(sqliteFile(dataDir), { readonly: true });
      const rows = fresh.prepare('SELECT data FROM doc_updates WHERE room = ? ORDER BY seq').all('p1/map');
      fresh.close();
      expect(rows).toEqual([{ data: Buffer.from([1, 2]) }, { data: Buffer.from([3]) }]);
      expect((await store.loadDoc('p1/map')).updates.map((u) => [...u])).toEqual([[1, 2], [3]]);
    } finally {
      await store.close();
    }
  });

  it('keeps everything across a close and reopen, including the checkpoint into the database file', async () => {
    const first = createSqliteStore({ dataDir, walSync: 'thread' });
    // Enough pages that the appending connection checkpoints on its own (every 1000 pages of WAL).
    const big = new Uint8Array(8000).fill(7);
    for (let i = 0; i < 600; i += 1) await first.appendUpdates([{ room: 'p1/map', update: big }]);
    // Most of it was checkpointed into the database file meanwhile (the rest is still in the WAL).
    expect(statSync(sqliteFile(dataDir)).size).toBeGreaterThan(300 * big.byteLength);
    await first.close();
    const second = createSqliteStore({ dataDir, walSync: 'thread' });
    try {
      expect((await second.loadDoc('p1/map')).updates).toHaveLength(600);
    } finally {
      await second.close();
    }
  });
});

describe('the write queue when the WAL cannot be synced', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'pw-wal-fail-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reports the batch failed and never stored, so nothing of it is relayed', async () => {
    const store = createSqliteStore({
      dataDir,
      walSync: 'thread',
      syncWal: (_fd, done) => setImmediate(() => done(new Error('EIO: disk failed'))),
    });
    const queue = createWriteQueue(
      store,
      createSyncMetrics(createMetricsRegistry(), { roomsLoaded: () => 0, connections: () => 0 }),
    );
    const stored: string[] = [];
    const failed: string[] = [];
    for (const text of ['a', 'b'])
      queue.enqueue({
        room: 'p1/map',
        update: new TextEncoder().encode(text),
        onStored: () => stored.push(text),
        onFailed: () => failed.push(text),
      });
    await queue.drained();
    expect(stored).toEqual([]);
    expect(failed).toEqual(['a', 'b']);
    await store.close();
  });
});
