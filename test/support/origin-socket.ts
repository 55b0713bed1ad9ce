// Test support: a socket opened the way a browser page would, with its Origin, reporting what it received.
import WebSocket, { type RawData } from 'ws';
import { syncUrl } from './raw-socket.ts';

export type OriginOutcome = { received: number; closed: { code: number; reason: string } | null };

/**
 * Opens `/sync/{room}` with the given Origin and cookie, waits until the server closed it or sent its first
 * frame (the sync step 1 every admitted socket gets), and reports how many frames arrived.
 */
export function openFromPage(
  baseUrl: string,
  room: string,
  headers: { origin?: string; cookie?: string },
  token?: string,
): Promise<OriginOutcome> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(syncUrl(baseUrl, room, token), {
      headers: Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)),
    });
    let received = 0;
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error('neither closed nor answered'));
    }, 10_000);
    socket.on('message', (_data: RawData) => {
      received += 1;
      clearTimeout(timer);
      resolve({ received, closed: null });
      socket.close(1000);
    });
    socket.on('close', (code: number, reason: Buffer) => {
      clearTimeout(timer);
      resolve({ received, closed: { code, reason: reason.toString() } });
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
