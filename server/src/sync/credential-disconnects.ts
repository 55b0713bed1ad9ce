// Closing every socket that stands on a credential, on this instance and, through the fan-out, on all the others.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CONTROL_ROOM, FANOUT_KIND, type Fanout } from './fanout.ts';

export type DisconnectReason = 'forbidden' | 'accessChanged';
const REASONS: readonly DisconnectReason[] = ['forbidden', 'accessChanged'];

export type CredentialDisconnects = {
  /** Closes the sockets standing on `key` here and asks the other instances to do the same. */
  disconnect(key: string, why: DisconnectReason): void;
};

export function createCredentialDisconnects(deps: {
  fanout: Fanout;
  closeLocal: (key: string, why: DisconnectReason) => void;
  log: (message: string, error?: unknown) => void;
}): CredentialDisconnects {
  deps.fanout
    .subscribe(CONTROL_ROOM)
    .catch((error: unknown) => deps.log('subscribing to instance-wide messages failed', error));
  deps.fanout.onMessage((message) => {
    if (message.room !== CONTROL_ROOM || message.kind !== FANOUT_KIND.disconnect) return;
    const request = decodeDisconnect(message.payload);
    if (request) deps.closeLocal(request.key, request.why);
    else deps.log('ignored an unreadable disconnect request from another instance');
  });
  return {
    disconnect(key, why) {
      deps.closeLocal(key, why);
      deps.fanout.publish({
        room: CONTROL_ROOM,
        kind: FANOUT_KIND.disconnect,
        payload: encodeDisconnect(key, why),
      });
    },
  };
}

export function encodeDisconnect(key: string, why: DisconnectReason): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, key);
  encoding.writeVarUint(encoder, REASONS.indexOf(why));
  return encoding.toUint8Array(encoder);
}

export function decodeDisconnect(payload: Uint8Array): { key: string; why: DisconnectReason } | undefined {
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
