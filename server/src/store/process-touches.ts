// A process's "last change" (processes.updated_at), written at most once per interval however often its map changes.
import { changedProcesses } from './changed-processes.ts';
import type { RoomUpdate } from './store.ts';

/** [process id, time of its latest change]: `updated_at` is raised to that time, never lowered. */
export type Touch = readonly [processId: string, at: string];

export type ProcessTouches = {
  /**
   * The processes a batch changes that should be marked in the batch's own transaction: those not marked by this
   * store within the interval. The others are remembered and marked together when their interval ends.
   */
  dueWith(batch: readonly RoomUpdate[], at: string): Touch[];
  /** Marks everything remembered now (on close, so no last change is lost). */
  flush(): Promise<void>;
  close(): Promise<void>;
};

/**
 * During a workshop a process's map is written many times a second. Updating its row in every batch would make each
 * commit touch one row per active process (with the indexes on updated_at), and on PostgreSQL two instances writing
 * the same processes would queue behind each other's row locks. So the first change in an interval is marked with
 * the batch, as before, and later ones in the same interval once when it ends, with the time of the latest.
 */
export function createProcessTouches(
  write: (touches: readonly Touch[]) => Promise<void>,
  log: (message: string, error: unknown) => void,
  intervalMs = 2000,
): ProcessTouches {
  // When this store last marked each process (ms), for the processes marked within the interval.
  const marked = new Map<string, number>();
  const owed = new Map<string, string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (owed.size === 0) return;
    const touches = [...owed];
    owed.clear();
    const now = Date.now();
    for (const [processId] of touches) marked.set(processId, now);
    await write(touches);
  }

  function forgetOld(now: number): void {
    for (const [processId, at] of marked) if (now - at >= intervalMs) marked.delete(processId);
  }

  return {
    dueWith(batch, at) {
      const now = Date.now();
      if (marked.size > 1000) forgetOld(now);
      const due: Touch[] = [];
      for (const processId of changedProcesses(batch)) {
        const last = marked.get(processId);
        if (last === undefined || now - last >= intervalMs || closed) {
          marked.set(processId, now);
          owed.delete(processId);
          due.push([processId, at]);
        } else {
          owed.set(processId, at);
        }
      }
      if (owed.size > 0 && !timer) {
        timer = setTimeout(
          () => flush().catch((error: unknown) => log('marking changed processes failed', error)),
          intervalMs,
        );
        // A pending mark never keeps the process alive; close() writes it.
        timer.unref();
      }
      return due;
    },
    flush,
    async close() {
      closed = true;
      await flush();
    },
  };
}
