// Test support: stock y-websocket clients (the npm package, not our code) and waiting helpers.
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';

export type StockClient = { doc: Y.Doc; provider: WebsocketProvider; destroy(): void };

export function connectStockClient(
  baseUrl: string,
  processId: string,
  channel = 'map',
  params: Record<string, string> = {},
): StockClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${baseUrl.replace(/^http/, 'ws')}/sync`,
    `${processId}/${channel}`,
    doc,
    {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params,
      disableBc: true,
      maxBackoffTime: 300,
    },
  );
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(
  condition: () => boolean,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function whenSynced(client: StockClient, timeoutMs = 15_000): Promise<void> {
  return waitFor(() => client.provider.synced, timeoutMs, 'sync');
}
