// Where room updates are appended: durable commits whose fsync runs on libuv's thread pool, not on the event loop.
import { closeSync, fdatasync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** The connection room updates are written on, and when what it wrote may be relied on. */
export type AppendConnection = {
  readonly db: Database.Database;
  /** Runs `write` (a synchronous transaction on `db`); resolves once what it committed is durable. */
  commit(write: () => void): Promise<void>;
  /** Runs `read` (on any connection) once everything committed here is durable, so it never sees less. */
  readDurable<T>(read: () => T): Promise<T>;
  close(): Promise<void>;
};

/** Appends on the store's own connection: its commit is durable when it returns (or durability is not asked for). */
export function directAppends(db: Database.Database): AppendConnection {
  return {
    db,
    commit: async (write) => write(),
    readDurable: async (read) => read(),
    close: async () => undefined,
  };
}

/** Syncs a file's data to disk; fs.fdatasync unless a test stands in for a failing disk. */
export type SyncFile = (fd: number, done: (error: Error | null) => void) => void;

/**
 * Under `synchronous = FULL`, SQLite fsyncs the WAL inside every commit, on the thread that commits: with
 * better-sqlite3 that is the event loop, which then stands still for the fsync (about 17 % of the server's thread in a
 * 50-editor workshop). With SQLITE_WAL_SYNC=thread the room updates commit on a second connection to the same file
 * with `synchronous = NORMAL` — in WAL mode that writes the frames with write() and does not sync at commit — and then
 * the WAL file is fdatasync'ed on libuv's thread pool. `commit` resolves only after that, so an update is still
 * relayed and acknowledged only once it survives power loss, as under FULL. It is not the default: on the shared
 * 2-core machine the hop to a pool thread and back costs more than the loop gains (bench/README.md, 3 Dec 2026); it
 * pays where cores are free and the loop has other work while a sync runs. Why it is as durable:
 *
 * - fdatasync flushes every dirty page of the file, whichever descriptor wrote it: all frames this connection wrote
 *   before the call, commit frame included, and the file's new size (SQLite's own fsync also writes the modification
 *   time, which no recovery reads). Recovery replays the WAL up to the last valid commit frame, so after the sync the
 *   transaction is on disk exactly as if SQLite had synced it.
 * - Checkpoints: under NORMAL SQLite still syncs the WAL before it copies frames into the database and syncs the
 *   database after, so a frame that a checkpoint moved is on disk in the database file even if our sync is still
 *   waiting. The WAL restarts (is overwritten from its start, with a synced new header) only after a complete
 *   checkpoint, so frames are never overwritten before they are durable somewhere.
 * - The file: SQLite deletes the WAL only when the last connection to the database closes, and truncating it
 *   (journal_size_limit, a TRUNCATE checkpoint) keeps its inode; the store's connections stay open while this
 *   descriptor does, so it always refers to the live WAL. The directory entry is synced once at start.
 * - No contention: both connections live on this thread and better-sqlite3 runs a transaction to its end before it
 *   returns, so their transactions never overlap and neither ever waits for the other's lock (no SQLITE_BUSY).
 * - Reads: another connection sees a commit as soon as it is made, before its sync. What room data the store reads
 *   (a room's cold load, a published copy, a dump) waits in `readDurable` until nothing committed is unsynced, so
 *   nothing is sent anywhere before it is durable. (The "last change" time a batch raises is visible a little early;
 *   it is no one's edit.)
 * - A failed sync: Linux may drop the dirty pages it could not write and report success the next time, so after one
 *   failure no later sync proves anything. Every later commit and durable read fails (the update is not relayed; the
 *   client keeps it and sends it again), until a restart recovers from what is on disk.
 *
 * Syncs coalesce: while one runs, later commits wait for the next, which then covers all of them.
 */
export function createWalAppends(file: string, syncFile: SyncFile = fdatasync): AppendConnection {
  const db = new Database(file);
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') {
    db.close();
    throw new Error(`${file} is not in WAL mode`);
  }
  // The WAL exists while any connection is open (the store's own has migrated the file); opened without creating it.
  const wal = openSync(`${file}-wal`, 'r+');
  syncDirectory(dirname(file));

  let committed = 0;
  let synced = 0;
  let failure: Error | undefined;
  let running: Promise<void> | undefined;

  function syncOnce(): Promise<void> {
    const covers = committed;
    return new Promise<void>((resolve, reject) =>
      syncFile(wal, (error) => {
        if (error) {
          failure ??= error;
          reject(error);
        } else {
          synced = Math.max(synced, covers);
          resolve();
        }
      }),
    );
  }

  /** Resolves once every commit made before the call is durable. */
  async function durable(): Promise<void> {
    const target = committed;
    while (synced < target) {
      if (failure) throw failure;
      running ??= syncOnce().finally(() => (running = undefined));
      await running;
    }
  }

  return {
    db,
    async commit(write) {
      if (failure) throw failure;
      write();
      committed += 1;
      await durable();
    },
    async readDurable(read) {
      // Checked and read in one step: no commit can come in between.
      while (synced < committed) await durable();
      if (failure) throw failure;
      return read();
    },
    async close() {
      await running?.catch(() => undefined);
      closeSync(wal);
      if (db.open) db.close();
    },
  };
}

function syncDirectory(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
