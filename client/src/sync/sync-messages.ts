// Handlers for our extra sync messages (saved acknowledgement, refusal, permission denied) and a look at the server's delete set.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import {
  AUTH_PERMISSION_DENIED,
  MESSAGE,
  decodeRefusedBody,
  decodeSavedBody,
  type Refusal,
  type RefusalReason,
  REFUSAL_REASONS,
} from '@prozesswerk/protocol';

const DENIED_PREFIX = 'permission-denied:';

export type SyncMessageCallbacks = {
  /** The server stored everything up to this clock of our client. */
  onSaved(storedClock: number): void;
  /** The server refused an update of ours; it will never take it, nor anything this document writes after it. */
  onRefused(refusal: Refusal): void;
  /** A sync step 2 from the server: its stored document's whole delete set comes with it. */
  onServerUpdate?(update: Uint8Array): void;
};

export function installSyncMessageHandlers(
  provider: WebsocketProvider,
  callbacks: SyncMessageCallbacks,
): void {
  provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) => {
    const stateVector = decodeSavedBody(decoder);
    callbacks.onSaved(Y.decodeStateVector(stateVector).get(provider.doc.clientID) ?? 0);
  };
  provider.messageHandlers[MESSAGE.refused] = (_encoder, decoder) => {
    callbacks.onRefused(decodeRefusedBody(decoder));
  };
  // Servers that answer without `?refusals=1` (or older ones) say permission-denied:<reason>.
  provider.messageHandlers[MESSAGE.auth] = (_encoder, decoder) => {
    const type = decoding.readVarUint(decoder);
    if (type !== AUTH_PERMISSION_DENIED) throw new Error(`unknown auth message type ${type}`);
    const text = decoding.readVarString(decoder);
    const reason = text.startsWith(DENIED_PREFIX) ? text.slice(DENIED_PREFIX.length) : text;
    callbacks.onRefused({
      reason: (REFUSAL_REASONS as readonly string[]).includes(reason)
        ? (reason as RefusalReason)
        : 'builds-on-refused',
      detail: text,
      writers: [],
      deletedItems: 0,
    });
  };
  const onServerUpdate = callbacks.onServerUpdate;
  if (!onServerUpdate) return;
  const handleSync = provider.messageHandlers[MESSAGE.sync];
  if (!handleSync) throw new Error('y-websocket has no sync handler');
  provider.messageHandlers[MESSAGE.sync] = (encoder, decoder, ...rest) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) === syncProtocol.messageYjsSyncStep2) {
      onServerUpdate(decoding.readVarUint8Array(peek));
    }
    handleSync(encoder, decoder, ...rest);
  };
}

/** A sync step 1 (our state vector): the server answers with a sync step 2 holding its delete set. */
export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}
