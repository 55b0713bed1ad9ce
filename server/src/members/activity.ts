// "Last active" for the member list: written at most every few minutes per person, never on every request.
import type { Store } from '../store/store.ts';

export const ACTIVITY_RESOLUTION_MS = 5 * 60_000;

export type ActivityRecorder = (userId: string) => void;

export function createActivityRecorder(
  store: Store,
  log: (message: string, error?: unknown) => void,
  now: () => number = Date.now,
): ActivityRecorder {
  const written = new Map<string, number>();
  return function recordActivity(userId) {
    const at = now();
    if (at - (written.get(userId) ?? -Infinity) < ACTIVITY_RESOLUTION_MS) return;
    written.set(userId, at);
    // Forget people not seen for a while, so the map stays as small as the set of active people.
    if (written.size > 10_000) {
      for (const [id, time] of written) if (at - time >= ACTIVITY_RESOLUTION_MS) written.delete(id);
    }
    store
      .touchUser(userId, new Date(at).toISOString())
      .catch((error: unknown) => log('recording activity failed', error));
  };
}
