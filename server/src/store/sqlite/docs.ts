// SQLite: the append-only update log per room and its compacted state.
import { setImmediate } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import { compactedState, loadRoomParts, mergesOnLoad, type MergePool } from '../merge-pool.ts';
import type { LiveCopy } from '../live-copy.ts';
import { storedParts } from '../merge.ts';
import type { ProcessTouches, Touch } from '../process-touches.ts';
import type { DocStore, RoomUpdate, StoredDoc } from '../store.ts';
import type { AppendConnection } from './wal-sync.ts';

/** Raises a process's last change to the given time, never lowers it. */
const TOUCH = 'UPDATE processes SET updated_at = ? WHERE id = ? AND updated_at < ?';

/** Writes coalesced "last change" marks (see process-touches.ts) in one transaction, where room updates go. */
export function sqliteTouchProcesses(
  appends: AppendConnection,
): (touches: readonly Touch[]) => Promise<void> {
  const touch = appends.db.prepare(TOUCH);
  const touchAll = appends.db.transaction((touches: readonly Touch[]) => {
    for (const [processId, at] of touches) touch.run(at, processId, at);
  });
  return async (touches) => {
    if (appends.db.open) await appends.commit(() => touchAll(touches));
  };
}

/** Log entries read per statement while loading or compacting a room (see snapshot). */
const LOG_PAGE_ROWS = 2000;

/** A Buffer from better-sqlite3 as a plain Uint8Array, without copying it. */
const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** Room documents: reads and compaction on `db`; updates appended on `appends` (see wal-sync.ts). */
export function sqliteDocStore(
  db: Database.Database,
  appends: AppendConnection,
  touches: ProcessTouches,
  merges: MergePool,
): DocStore {
  const selectState = db.prepare('SELECT state, updated_at FROM doc_states WHERE room = ?');
  const selectLastSeq = db.prepare('SELECT MAX(seq) AS last FROM doc_updates WHERE room = ?');
  const selectUpdatesPage = db.prepare(
    'SELECT seq, data FROM doc_updates WHERE room = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?',
  );
  const insertUpdate = appends.db.prepare('INSERT INTO doc_updates (room, data) VALUES (?, ?)');
  const countUpdates = db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE room = ?');
  const upsertState = db.prepare(
    `INSERT INTO doc_states (room, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const deleteUpdatesBetween = db.prepare('DELETE FROM doc_updates WHERE room = ? AND seq >= ? AND seq <= ?');

  const touchProcess = appends.db.prepare(TOUCH);

  const appendAll = appends.db.transaction((batch: readonly RoomUpdate[]) => {
    for (const { room, update } of batch) insertUpdate.run(room, update);
    for (const [processId, at] of touches.dueWith(batch, new Date().toISOString()))
      touchProcess.run(at, processId, at);
  });

  type Snapshot = {
    state: { state: Buffer; updated_at: string } | undefined;
    rows: { seq: number; data: Buffer }[];
    /** The rows' data as plain Uint8Arrays, made page by page while reading. */
    updates: Uint8Array[];
  };
  // The state, the last entry and the first page of the log in one transaction: a room whose log fits in one page
  // is read consistently without checking the state again.
  const readHead = db.transaction((room: string) => {
    const last = (selectLastSeq.get(room) as { last: number | null }).last;
    return {
      state: selectState.get(room) as Snapshot['state'],
      last,
      firstPage: (last === null
        ? []
        : selectUpdatesPage.all(room, Number.MIN_SAFE_INTEGER, last, LOG_PAGE_ROWS)) as Snapshot['rows'],
    };
  });
  const stateChanged = (room: string, read: Snapshot['state']): boolean => {
    const current = selectState.get(room) as Snapshot['state'];
    return (
      current?.updated_at !== read?.updated_at ||
      (current !== undefined && read !== undefined && !current.state.equals(read.state))
    );
  };

  /**
   * The state and the log as of one moment, the log read a page per event-loop turn: 100,000 entries at once held
   * the loop for half a second. Appends meanwhile have higher sequence numbers (one writer, numbered at commit) and
   * are left out; a compaction that commits meanwhile replaces the state and deletes entries, so then it reads again.
   * The head is read once every append is durable, so the pages up to its last entry hold only durable ones.
   */
  async function snapshot(room: string): Promise<Snapshot> {
    for (;;) {
      const { state, last, firstPage } = await appends.readDurable(() => readHead(room));
      const rows: Snapshot['rows'] = [];
      const updates: Uint8Array[] = [];
      let page = firstPage;
      let yielded = false;
      for (;;) {
        for (const row of page) {
          rows.push(row);
          updates.push(bytes(row.data));
        }
        if (last === null || page.length < LOG_PAGE_ROWS) break;
        await setImmediate();
        yielded = true;
        page = selectUpdatesPage.all(
          room,
          page[page.length - 1]!.seq,
          last,
          LOG_PAGE_ROWS,
        ) as Snapshot['rows'];
      }
      if (!yielded || !stateChanged(room, state)) return { state, rows, updates };
    }
  }

  /** Deletes the log entries of `rows[start, end)` (a run of one snapshot, in sequence order). */
  const deleteRows = (room: string, rows: Snapshot['rows'], start: number, end: number) => {
    if (end > start) deleteUpdatesBetween.run(room, rows[start]!.seq, rows[end - 1]!.seq);
  };

  /**
   * Writes a merged state and deletes the first page of what it merged, unless another compaction changed the
   * state meanwhile (then the log simply stays).
   */
  const writeState = db.transaction((room: string, merged: Uint8Array, read: Snapshot): boolean => {
    if (stateChanged(room, read.state)) return false;
    upsertState.run(room, merged, new Date().toISOString());
    deleteRows(room, read.rows, 0, Math.min(LOG_PAGE_ROWS, read.rows.length));
    return true;
  });

  /**
   * The first and last sequence number of each page of `rows` past the first (writeState deletes that one): all
   * deleteRest needs, so that waiting for its turn does not keep every entry's data alive.
   */
  function laterPages(rows: Snapshot['rows']): [first: number, last: number][] {
    const pages: [number, number][] = [];
    for (let start = LOG_PAGE_ROWS; start < rows.length; start += LOG_PAGE_ROWS)
      pages.push([rows[start]!.seq, rows[Math.min(start + LOG_PAGE_ROWS, rows.length) - 1]!.seq]);
    return pages;
  }

  /**
   * Deletes log entries a page per event-loop turn (see laterPages): 100,000 at once held the loop for about
   * 100 ms. Until the last page is gone, a reader finds entries that the new state already holds: applying them
   * again changes nothing, and a crash in between only leaves them for the next compaction. Appends meanwhile have
   * higher sequence numbers (one writer, numbered at commit) and stay.
   */
  async function deleteRest(room: string, pages: readonly [first: number, last: number][]): Promise<void> {
    for (const [first, last] of pages) {
      await setImmediate();
      if (!db.open) return;
      deleteUpdatesBetween.run(room, first, last);
    }
  }

  const toStored = ({ state, updates }: Snapshot): StoredDoc => ({
    state: state ? bytes(state.state) : null,
    updates,
  });

  // Compactions of one room take turns, with the deletes that finish a load's compaction; between reading and
  // writing, the merge runs in a worker thread.
  const compacting = new Map<string, Promise<void>>();
  function inTurn(room: string, task: () => Promise<void>): Promise<void> {
    const next = (compacting.get(room) ?? Promise.resolve()).then(task);
    const settled = next.catch(() => undefined);
    compacting.set(room, settled);
    void settled.then(() => compacting.get(room) === settled && compacting.delete(room));
    return next;
  }

  async function compactRoom(room: string, live: LiveCopy | undefined): Promise<void> {
    const read = await snapshot(room);
    if (read.rows.length === 0) return;
    const merged = await compactedState(storedParts(toStored(read)), merges, live);
    if (db.open && writeState(room, merged, read)) await deleteRest(room, laterPages(read.rows));
  }

  return {
    loadDoc: async (room) => toStored(await snapshot(room)),
    async loadRoom(room) {
      const read = await snapshot(room);
      const stored = toStored(read);
      const parts = await loadRoomParts(stored, merges);
      // A long log was just merged, as compacting it would: write that now instead of reading and merging it again.
      const [merged] = parts.parts;
      if (!merged || !mergesOnLoad(stored) || !db.open || !writeState(room, merged, read)) return parts;
      const pages = laterPages(read.rows);
      // The room needs only the stored state: the rest of the merged log is deleted after it is returned, in the
      // room's turn of compactions, so that compactions requested after loadRoom returns (the one on unload too) find
      // it gone. One requested earlier may run first: it merges those entries again and deletes them itself.
      inTurn(room, () => deleteRest(room, pages)).catch((error: unknown) =>
        console.error(
          `room ${room}: deleting merged log entries failed (the next compaction deletes them)`,
          error,
        ),
      );
      return { ...parts, logLength: 0 };
    },
    async appendUpdates(batch) {
      if (batch.length > 0) await appends.commit(() => appendAll(batch));
    },
    logLength: async (room) => (countUpdates.get(room) as { n: number }).n,
    compact: (room, live) => inTurn(room, () => compactRoom(room, live)),
  };
}
