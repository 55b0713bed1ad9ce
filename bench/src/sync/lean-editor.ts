// A simulated editor that speaks the y-websocket sync protocol itself over `ws`, on its own Y.Doc, without awareness.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket, { type RawData } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { benchClock, reportRemoteKeys, whenClosed, type ConnectEditor } from './editor.ts';

/** y-websocket's message type for sync frames; awareness (1), auth (2) and server extras are not needed here. */
const MESSAGE_SYNC = 0;
const RECONNECT_DELAY_MS = 500;
const REMOTE = Symbol('remote');

export const connectLeanEditor: ConnectEditor = (target, events) => {
  const doc = new Y.Doc();
  const nodes = doc.getMap<number>('nodes');
  const query = new URLSearchParams(target.params).toString();
  const url = `${target.serverUrl}/${target.room}${query ? `?${query}` : ''}`;
  let socket: WebSocket | undefined;
  let synced = false;
  let destroyed = false;

  const send = (frame: Uint8Array) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(frame);
  };
  const sendUpdate = (update: Uint8Array) =>
    send(syncFrame((encoder) => syncProtocol.writeUpdate(encoder, update)));

  nodes.observe((event) => {
    if (!event.transaction.local)
      reportRemoteKeys(event.keysChanged, (key) => nodes.get(key), events, benchClock());
  });

  function handle(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
    const syncType = decoding.readVarUint(decoder);
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1: {
        const stateVector = decoding.readVarUint8Array(decoder);
        send(syncFrame((encoder) => syncProtocol.writeSyncStep2(encoder, doc, stateVector)));
        return;
      }
      case syncProtocol.messageYjsSyncStep2:
        Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), REMOTE);
        synced = true;
        return;
      case syncProtocol.messageYjsUpdate:
        Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), REMOTE);
        return;
      default:
        throw new Error(`unknown sync message type ${syncType} from ${url}`);
    }
  }

  function open(): void {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    socket = ws;
    ws.on('open', () => send(syncFrame((encoder) => syncProtocol.writeSyncStep1(encoder, doc))));
    ws.on('message', (data: RawData) => handle(toBytes(data)));
    // An error is always followed by 'close', which reports and reconnects.
    ws.on('error', () => ws.terminate());
    ws.on('close', (code) => {
      synced = false;
      if (destroyed) return;
      events.onDisconnect(code);
      setTimeout(() => destroyed || open(), RECONNECT_DELAY_MS);
    });
  }
  open();

  return {
    room: target.room,
    isSynced: () => synced,
    edit(key, sentAt) {
      // Listening for 'update' only around local edits spares every remote apply the cost of encoding it again.
      doc.on('update', sendUpdate);
      try {
        nodes.set(key, sentAt);
      } finally {
        doc.off('update', sendUpdate);
      }
    },
    async destroy() {
      destroyed = true;
      socket?.close();
      if (socket) await whenClosed(socket);
      doc.destroy();
    },
  };
};

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
