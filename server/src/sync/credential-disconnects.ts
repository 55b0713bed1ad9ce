// Closing every socket that stands on a credential that ended or changed: told here, by another instance, or by the
// database (a change made by the CLI in another process, or on an instance whose fan-out message was lost).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { AccessEvent, Store } from '../store/store.ts';
import { CONTROL_ROOM, FANOUT_KIND, type Fanout } from './fanout.ts';

export type DisconnectReason = 'forbidden' | 'accessChanged';
const REASONS: readonly DisconnectReason[] = ['forbidden', 'accessChanged'];

/** Taken before a new socket's access is checked: what this instance had heard, and the database's last event. */
export type AccessMark = { local: number; stored: number };

export type CredentialDisconnects = {
  /** Closes the sockets standing on `key` here and asks the other instances to do the same. */
  disconnect(key: string, why: DisconnectReason): void;
  mark(): Promise<AccessMark>;
  /**
   * Why one of `keys` was disconnected after `mark`, if it was: a socket still being set up then (its access read,
   * its room loading) was not yet among the open ones, and must not keep the role it was granted before.
   */
  changedSince(mark: AccessMark, keys: readonly string[]): DisconnectReason | undefined;
  stop(): void;
};

export type CredentialDisconnectsDeps = {
  fanout: Fanout;
  store: Store;
  /** How often the database's credential events are read (ACCESS_POLL_MS). */
  pollMs: number;
  /**
   * Closes this instance's sockets on `key`; for an event read from the database (`storedSeq`), only those whose
   * access was checked before it (their mark's `stored` is lower), so a socket opened with the new role stays.
   */
  closeLocal: (key: string, why: DisconnectReason, storedSeq: number | undefined) => void;
  log: (message: string, error?: unknown) => void;
};

// Socket set-up takes milliseconds, a slow room load seconds; what is older than this cannot concern one.
const REMEMBER_MS = 5 * 60_000;
// PostgreSQL hands out sequence numbers before commit, so a lower one can become visible after a higher one:
// every poll looks this far back and skips what it has seen.
const LOOKBACK = 64;
const MAX_EVENTS_PER_POLL = 1000;
const PRUNE_EVERY_MS = 60 * 60_000;

export function createCredentialDisconnects(deps: CredentialDisconnectsDeps): CredentialDisconnects {
  let seq = 0;
  const recent: { seq: number; storedSeq?: number; key: string; why: DisconnectReason; at: number }[] = [];
  const note = (key: string, why: DisconnectReason, storedSeq?: number) => {
    const now = Date.now();
    recent.push({ seq: ++seq, key, why, at: now, ...(storedSeq === undefined ? {} : { storedSeq }) });
    while (recent.length > 0 && recent[0]!.at < now - REMEMBER_MS) recent.shift();
    deps.closeLocal(key, why, storedSeq);
  };

  deps.fanout
    .subscribe(CONTROL_ROOM)
    .catch((error: unknown) => deps.log('subscribing to instance-wide messages failed', error));
  deps.fanout.onMessage((message) => {
    if (message.room !== CONTROL_ROOM || message.kind !== FANOUT_KIND.disconnect) return;
    const request = decodeDisconnect(message.payload);
    if (request) note(request.key, request.why);
    else deps.log('ignored an unreadable disconnect request from another instance');
  });
  const watch = watchAccessEvents(deps, (event) => note(event.credential, event.why, event.seq));

  return {
    disconnect(key, why) {
      note(key, why);
      deps.fanout.publish({
        room: CONTROL_ROOM,
        kind: FANOUT_KIND.disconnect,
        payload: encodeDisconnect(key, why),
      });
    },
    mark: async () => ({ local: seq, stored: await deps.store.lastAccessEventSeq() }),
    changedSince(mark, keys) {
      return recent.find(
        (entry) =>
          keys.includes(entry.key) &&
          (entry.storedSeq === undefined ? entry.seq > mark.local : entry.storedSeq > mark.stored),
      )?.why;
    },
    stop: watch.stop,
  };
}

/** Reads new credential events every `pollMs` and hands each to `onEvent` once; forgets hour-old events. */
function watchAccessEvents(
  deps: Pick<CredentialDisconnectsDeps, 'store' | 'pollMs' | 'log'>,
  onEvent: (event: AccessEvent) => void,
): { stop(): void } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let cursor: number | undefined;
  const seen = new Set<number>();
  let checkpoint = { at: Date.now(), seq: 0 };

  async function poll(): Promise<void> {
    if (cursor === undefined) {
      // Events from before this instance started concern no socket of it.
      cursor = await deps.store.lastAccessEventSeq();
      checkpoint = { at: Date.now(), seq: cursor };
      return;
    }
    const events = await deps.store.listAccessEvents(Math.max(0, cursor - LOOKBACK), MAX_EVENTS_PER_POLL);
    for (const event of events) {
      if (seen.has(event.seq)) continue;
      seen.add(event.seq);
      cursor = Math.max(cursor, event.seq);
      onEvent(event);
    }
    for (const old of seen) if (old <= cursor - LOOKBACK) seen.delete(old);
    if (Date.now() - checkpoint.at > PRUNE_EVERY_MS) {
      await deps.store.pruneAccessEvents(checkpoint.seq - LOOKBACK);
      checkpoint = { at: Date.now(), seq: cursor };
    }
  }

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      poll()
        .catch((error: unknown) => deps.log('reading credential events failed', error))
        .finally(schedule);
    }, deps.pollMs);
    timer.unref();
  };
  poll()
    .catch((error: unknown) => deps.log('reading credential events failed', error))
    .finally(schedule);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

function encodeDisconnect(key: string, why: DisconnectReason): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, key);
  encoding.writeVarUint(encoder, REASONS.indexOf(why));
  return encoding.toUint8Array(encoder);
}

function decodeDisconnect(payload: Uint8Array): { key: string; why: DisconnectReason } | undefined {
  try {
    const decoder = decoding.createDecoder(payload);
    const key = decoding.readVarString(decoder);
    const why = REASONS[decoding.readVarUint(decoder)];
    return why ? { key, why } : undefined;
  } catch (error) {
    if (error instanceof Error) return undefined;
    throw error;
  }
}
