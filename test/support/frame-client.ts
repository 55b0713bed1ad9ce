// Test support: a bare sync client over ws that keeps the frames it got in order, sends its edits as updates and
// counts the server's saved acknowledgements; for watching what arrives while a room loads.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket, { type RawData } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE } from '@prozesswerk/protocol';

const FROM_SERVER = Symbol('server');

export type FrameClient = {
  doc: Y.Doc;
  /** The sync frames received, in order: 'step1', 'step2' or 'update'. */
  received: ('step1' | 'step2' | 'update')[];
  saved: number;
  close(): Promise<void>;
};

/**
 * Connects with `doc` (empty unless given) and sends sync step 1 as y-websocket does, then the frames `thenSend`;
 * local edits are sent.
 */
export function connectFrameClient(
  url: string,
  doc = new Y.Doc(),
  thenSend: readonly Uint8Array[] = [],
): FrameClient {
  const socket = new WebSocket(url);
  const received: FrameClient['received'] = [];
  const client: FrameClient = {
    doc,
    received,
    saved: 0,
    close: () =>
      new Promise<void>((resolve) => {
        if (socket.readyState === socket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        socket.close();
      }),
  };
  const send = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    write(encoder);
    socket.send(encoding.toUint8Array(encoder));
  };
  socket.on('open', () => {
    send((encoder) => syncProtocol.writeSyncStep1(encoder, doc));
    for (const frame of thenSend) socket.send(frame);
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_SERVER && socket.readyState === socket.OPEN)
      send((encoder) => syncProtocol.writeUpdate(encoder, update));
  });
  socket.on('message', (data: RawData) => {
    const decoder = decoding.createDecoder(new Uint8Array(data as Buffer));
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE.saved) return void (client.saved += 1);
    if (type !== MESSAGE.sync) return;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      received.push('step1');
      const stateVector = decoding.readVarUint8Array(decoder);
      send((encoder) => syncProtocol.writeSyncStep2(encoder, doc, stateVector));
      return;
    }
    received.push(syncType === syncProtocol.messageYjsSyncStep2 ? 'step2' : 'update');
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), FROM_SERVER);
  });
  return client;
}
