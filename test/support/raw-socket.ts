// Test support: a bare WebSocket that sends chosen frames and reports how the server answered them.
import WebSocket, { type RawData } from 'ws';
import { asksForSyncStep2, isSyncStep2, syncStep1Probe } from './fuzz-frames.ts';

export type Closed = { code: number; reason: string };
/** The server either closed the socket, or answered the sync step 1 probe sent after the frames. */
export type RawOutcome = { closed: Closed } | { answered: true };

export function syncUrl(baseUrl: string, room: string, token?: string): string {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  return `${baseUrl.replace(/^http/, 'ws')}/sync/${room}${query}`;
}

/**
 * Opens a socket, sends the frames (strings as text frames) and then a sync step 1 probe. The server
 * handles a socket's frames in order, so an answered probe means it accepted every frame before it.
 * Sync step 1 frames among `frames` are answered too, so the probe's answer is the last one expected.
 */
export function sendAndObserve(
  url: string,
  frames: readonly (Uint8Array | string)[],
  timeoutMs = 10_000,
): Promise<RawOutcome> {
  let awaitedAnswers = frames.filter(asksForSyncStep2).length + 1;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`${url}: neither closed nor answered within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (outcome: RawOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    socket.on('open', () => {
      for (const frame of frames) socket.send(frame, { binary: typeof frame !== 'string' });
      socket.send(syncStep1Probe());
    });
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary || !isSyncStep2(toBytes(data)) || --awaitedAnswers > 0) return;
      finish({ answered: true });
      socket.close(1000);
    });
    socket.on('close', (code: number, reason: Buffer) =>
      finish({ closed: { code, reason: reason.toString() } }),
    );
    socket.on('error', (error: Error) => {
      clearTimeout(timer);
      reject(new Error(`${url}: socket error: ${error.message}`));
    });
  });
}

/** Like sendAndObserve, for frames that must make the server close the socket: resolves with how it closed. */
export async function closeCausedBy(url: string, frames: readonly (Uint8Array | string)[]): Promise<Closed> {
  const outcome = await sendAndObserve(url, frames);
  if (!('closed' in outcome)) throw new Error('the server accepted frames it should have refused');
  return outcome.closed;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
