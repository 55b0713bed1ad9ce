// Retention: expired sessions and stale one-time links are purged, and workshop guests are erased a set time after
// their link expired or was revoked (GUEST_RETENTION_DAYS). Runs in the server on a schedule and from the CLI.
import type { Store } from '../store/store.ts';
import type { Eraser } from './erase.ts';
import { findPerson } from './person.ts';

export type RetentionResult = { sessionsPurged: number; linksPurged: number; guestsErased: number };

export async function runRetention(deps: {
  store: Store;
  eraser: Eraser;
  now: Date;
  guestRetentionDays: number;
}): Promise<RetentionResult> {
  const { store, eraser, now } = deps;
  const cutoff = new Date(now.getTime() - deps.guestRetentionDays * 86_400_000).toISOString();
  const sessionsPurged = await store.purgeExpiredSessions(now.toISOString());
  const linksPurged = await store.purgeStaleLinks(cutoff);
  let guestsErased = 0;
  for (const guest of await store.listGuestsPastRetention(cutoff)) {
    const person = await findPerson(store, guest.id);
    if (!person || person.kind !== 'guest') continue;
    await eraser.erase(person, null, 'retention');
    guestsErased += 1;
  }
  return { sessionsPurged, linksPurged, guestsErased };
}

export type Maintenance = {
  runNow(): Promise<RetentionResult | undefined>;
  /** Stops the schedule; resolves once a round that is running has finished. */
  stop(): Promise<void>;
};

/**
 * The server's schedule: first finishes erasures a crash cut short, then runs retention every `intervalMs`. When
 * an erasure finished that this server did not run (the operator CLI wrote straight to storage), rooms loaded here
 * read their documents again, so connected people see the pseudonym too.
 */
export function scheduleMaintenance(deps: {
  store: Store;
  eraser: Eraser;
  guestRetentionDays: number;
  intervalMs: number;
  reloadRooms: () => void;
  log: (message: string, error?: unknown) => void;
  now?: () => Date;
}): Maintenance {
  const now = deps.now ?? (() => new Date());
  let checkedAt = now().toISOString();
  let running: Promise<RetentionResult | undefined> | undefined;
  const round = async () => {
    await deps.eraser.resumeUnfinished();
    const result = await runRetention({ ...deps, now: now() });
    const finished = await deps.store.listErasuresFinishedAfter(checkedAt);
    checkedAt = now().toISOString();
    if (finished.some((id) => !deps.eraser.ranHere(id))) deps.reloadRooms();
    return result;
  };
  const runNow = () => {
    running ??= round()
      .catch((error: unknown) => {
        deps.log('retention failed', error);
        return undefined;
      })
      .finally(() => (running = undefined));
    return running;
  };
  const first = setTimeout(() => void runNow(), 1000);
  const timer = setInterval(() => void runNow(), deps.intervalMs);
  first.unref();
  timer.unref();
  return {
    runNow,
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
