// Closing every socket that stands on a credential, on this instance and, through the fan-out, on all the others.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CONTROL_ROOM, FANOUT_KIND, type Fanout } from './fanout.ts';

export type DisconnectReason = 'forbidden' | 'accessChanged';
const REASONS: readonly DisconnectReason[] = ['forbidden', 'accessChanged'];

export type CredentialDisconnects = {
  /** Closes the sockets standing on `key` here and asks the other instances to do the same. */
  disconnect(key: string, why: DisconnectReason): void;
  /** A mark to take before checking a new socket's access, for `changedSince` once it is set up. */
  mark(): number;
  /**
   * Why one of `keys` was disconnected after `mark`, if it was: a socket still being set up then (its access read,
   * its room loading) was not yet among the open ones, and must not keep the role it was granted before.
   */
  changedSince(mark: number, keys: readonly string[]): DisconnectReason | undefined;
};

// Socket set-up takes milliseconds, a slow room load seconds; what is older than this cannot concern one.
const REMEMBER_MS = 5 * 60_000;

export function createCredentialDisconnects(deps: {
  fanout: Fanout;
  closeLocal: (key: string, why: DisconnectReason) => void;
  log: (message: string, error?: unknown) => void;
}): CredentialDisconnects {
  let seq = 0;
  const recent: { seq: number; key: string; why: DisconnectReason; at: number }[] = [];
  const closeLocal = (key: string, why: DisconnectReason) => {
    const now = Date.now();
    recent.push({ seq: ++seq, key, why, at: now });
    while (recent.length > 0 && recent[0]!.at < now - REMEMBER_MS) recent.shift();
    deps.closeLocal(key, why);
  };
  deps.fanout
    .subscribe(CONTROL_ROOM)
    .catch((error: unknown) => deps.log('subscribing to instance-wide messages failed', error));
  deps.fanout.onMessage((message) => {
    if (message.room !== CONTROL_ROOM || message.kind !== FANOUT_KIND.disconnect) return;
    const request = decodeDisconnect(message.payload);
    if (request) closeLocal(request.key, request.why);
    else deps.log('ignored an unreadable disconnect request from another instance');
  });
  return {
    disconnect(key, why) {
      closeLocal(key, why);
      deps.fanout.publish({
        room: CONTROL_ROOM,
        kind: FANOUT_KIND.disconnect,
        payload: encodeDisconnect(key, why),
      });
    },
    mark: () => seq,
    changedSince(mark, keys) {
      return recent.find((entry) => entry.seq > mark && keys.includes(entry.key))?.why;
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
