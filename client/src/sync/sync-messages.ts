// Handlers for our two extra sync messages: the server's saved acknowledgement and permission denied.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { AUTH_PERMISSION_DENIED, MESSAGE, decodeSavedBody } from '@prozesswerk/protocol';

const DENIED_PREFIX = 'permission-denied:';

export type SyncMessageCallbacks = {
  /** The server stored everything up to this clock of our client. */
  onSaved(storedClock: number): void;
  /** The server refused our update; `reason` is the part after `permission-denied:`. */
  onDenied(reason: string): void;
};

export function installSyncMessageHandlers(
  provider: WebsocketProvider,
  callbacks: SyncMessageCallbacks,
): void {
  provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) => {
    const stateVector = decodeSavedBody(decoder);
    callbacks.onSaved(Y.decodeStateVector(stateVector).get(provider.doc.clientID) ?? 0);
  };
  provider.messageHandlers[MESSAGE.auth] = (_encoder, decoder) => {
    const type = decoding.readVarUint(decoder);
    if (type !== AUTH_PERMISSION_DENIED) throw new Error(`unknown auth message type ${type}`);
    const text = decoding.readVarString(decoder);
    callbacks.onDenied(text.startsWith(DENIED_PREFIX) ? text.slice(DENIED_PREFIX.length) : text);
  };
}
