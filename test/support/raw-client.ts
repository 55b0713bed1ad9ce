// Test support: a stock y-websocket client that sends given credentials (cookie or token) and records what it is told.
import * as decoding from 'lib0/decoding';
import { AUTH_PERMISSION_DENIED, MESSAGE, reconnectsAfterClose } from '@prozesswerk/protocol';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Credentials } from './personas.ts';

export type ObservedClient = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  denials: string[];
  closes: { code: number; reason: string }[];
  destroy(): void;
};

/**
 * `reconnectLikeTheApp` uses the browser client's reconnect policy instead of y-websocket's default; `doc` connects a
 * document that already exists (another connection's, e.g. to reconnect it to another instance).
 */
export function connectAs(
  baseUrl: string,
  room: string,
  credentials: Credentials,
  { reconnectLikeTheApp = false, doc = new Y.Doc() }: { reconnectLikeTheApp?: boolean; doc?: Y.Doc } = {},
): ObservedClient {
  const headers: Record<string, string> = credentials.cookie ? { cookie: credentials.cookie } : {};
  const closes: { code: number; reason: string }[] = [];
  class CredentialedSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
      this.on('close', (code, reason) => closes.push({ code, reason: reason.toString() }));
    }
  }
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync`, room, doc, {
    WebSocketPolyfill: CredentialedSocket as unknown as typeof globalThis.WebSocket,
    params: credentials.bearer ? { token: credentials.bearer } : {},
    disableBc: true,
    maxBackoffTime: 200,
    ...(reconnectLikeTheApp
      ? { shouldReconnect: (event: { code: number }) => reconnectsAfterClose(event.code) }
      : {}),
  });
  const denials: string[] = [];
  // Record permission-denied (y-protocols auth message) instead of the stock handler's console warning.
  provider.messageHandlers[MESSAGE.auth] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED)
      denials.push(decoding.readVarString(decoder));
  };
  return {
    doc,
    provider,
    denials,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
