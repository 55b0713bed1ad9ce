// Fan-out between server instances: what one instance stored or heard, the others apply without storing again.

export const FANOUT_KIND = {
  /** A document update this instance has already stored. */
  update: 0,
  /** An awareness update (cursors, names); never stored. */
  awareness: 1,
  /** "Read this room from storage again": sent after a Redis outage, when messages may have been lost. */
  resync: 2,
  /** "Close the sockets standing on this credential": a revocation or membership change made on another instance. */
  disconnect: 3,
  /** "This room refused these writers and deletions" (sync/refused-ranges.ts): never accept them here either. */
  refused: 4,
} as const;
export type FanoutKind = (typeof FANOUT_KIND)[keyof typeof FANOUT_KIND];

export type FanoutMessage = { room: string; kind: FanoutKind; payload: Uint8Array };

/** Not a room (room names are `{processId}/{channel}`): every instance listens here for instance-wide messages. */
export const CONTROL_ROOM = '*control';

export type Fanout = {
  /** Starts receiving a room's messages; resolves once the subscription is active. */
  subscribe(room: string): Promise<void>;
  unsubscribe(room: string): Promise<void>;
  publish(message: FanoutMessage): void;
  /** Messages from other instances (never this one's own). */
  onMessage(handler: (message: FanoutMessage) => void): void;
  /** Called after the connection to the broker came back; messages in between may be lost. */
  onReconnect(handler: () => void): void;
  close(): Promise<void>;
};

/** One instance alone: nothing to fan out. */
export function createLocalFanout(): Fanout {
  return {
    subscribe: async () => undefined,
    unsubscribe: async () => undefined,
    publish: () => undefined,
    onMessage: () => undefined,
    onReconnect: () => undefined,
    close: async () => undefined,
  };
}
