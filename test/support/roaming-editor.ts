// Test support: a stock y-websocket client that keeps editing and can be sent to another instance with its document,
// as a load balancer does after the instance it was on died.
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';

export type Delivery = { key: string; latencyMs: number };

export type RoamingEditor = {
  /** Prefix of every key this editor writes. */
  readonly name: string;
  readonly processId: string;
  readonly doc: Y.Doc;
  /** Keys → the `performance.now()` at which their writer set them. */
  readonly nodes: Y.Map<number>;
  readonly provider: WebsocketProvider;
  /** The base URL of the instance it is connected to. */
  readonly instanceUrl: string;
  /** Every key this editor wrote. */
  readonly written: ReadonlySet<string>;
  /** Sets one new key now. */
  edit(): void;
  /** Keeps editing every `everyMs` (starting after a random fraction of it) until stopEditing. */
  startEditing(everyMs: number): void;
  stopEditing(): void;
  /** Drops the connection and connects to another instance with the same document. */
  moveTo(instanceUrl: string): void;
  /** Keys this editor holds that another editor wrote: what reached it through a server. */
  keysFromOthers(): string[];
  destroy(): void;
};

export type RoamingEditorOptions = {
  name: string;
  instanceUrl: string;
  processId: string;
  token: string;
  /** Called for each key written elsewhere as it arrives, with the time since its writer set it. */
  onDelivery?: (delivery: Delivery) => void;
};

export function createRoamingEditor(options: RoamingEditorOptions): RoamingEditor {
  const doc = new Y.Doc();
  const nodes = doc.getMap<number>('nodes');
  const written = new Set<string>();
  const ownPrefix = `${options.name}:`;
  let instanceUrl = options.instanceUrl;
  let provider = connect(instanceUrl);
  let timer: NodeJS.Timeout | undefined;
  let startDelay: NodeJS.Timeout | undefined;

  nodes.observe((event, transaction) => {
    if (transaction.local || !options.onDelivery) return;
    const receivedAt = performance.now();
    for (const key of event.keysChanged) {
      const sentAt = nodes.get(key);
      if (sentAt !== undefined) options.onDelivery({ key, latencyMs: receivedAt - sentAt });
    }
  });

  function connect(url: string): WebsocketProvider {
    return new WebsocketProvider(`${url.replace(/^http/, 'ws')}/sync`, `${options.processId}/map`, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: options.token },
      disableBc: true,
      maxBackoffTime: 300,
    });
  }

  function edit(): void {
    const key = `${ownPrefix}${written.size}`;
    written.add(key);
    nodes.set(key, performance.now());
  }

  function stopEditing(): void {
    clearTimeout(startDelay);
    clearInterval(timer);
    timer = undefined;
  }

  return {
    name: options.name,
    processId: options.processId,
    doc,
    nodes,
    get provider() {
      return provider;
    },
    get instanceUrl() {
      return instanceUrl;
    },
    written,
    edit,
    startEditing(everyMs) {
      stopEditing();
      startDelay = setTimeout(
        () => {
          edit();
          timer = setInterval(edit, everyMs);
        },
        Math.floor(Math.random() * everyMs),
      );
    },
    stopEditing,
    moveTo(url) {
      provider.destroy();
      instanceUrl = url;
      provider = connect(url);
    },
    keysFromOthers: () => [...nodes.keys()].filter((key) => !key.startsWith(ownPrefix)),
    destroy() {
      stopEditing();
      provider.destroy();
      doc.destroy();
    },
  };
}
