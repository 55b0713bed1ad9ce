// What the load generator needs from a simulated editor, whichever client implementation drives it.

export type Editor = {
  readonly room: string;
  isSynced(): boolean;
  /** Sets one key on doc.getMap('nodes') to the send time; the update is sent synchronously. */
  edit(key: string, sentAt: number): void;
  /** Closes the socket with a close handshake and resolves once it is closed. */
  destroy(): Promise<void>;
};

export type EditorEvents = {
  /** An edit by another editor arrived; both times are on benchClock. */
  onRemoteEdit(sentAt: number, receivedAt: number): void;
  /** The connection closed while the run was under way (the client reconnects by itself). */
  onDisconnect(code: number | null): void;
};

export type EditorTarget = {
  /** Base URL; the room name is appended after a slash, as WebsocketProvider does. */
  serverUrl: string;
  room: string;
  /** URL query parameters, e.g. an access token. */
  params: Record<string, string>;
};

export type ConnectEditor = (target: EditorTarget, events: EditorEvents) => Editor;

/**
 * Milliseconds (microsecond resolution) on the monotonic clock behind process.hrtime: all editors live in this
 * one process, so sender and receivers read exactly the same clock, even across worker threads.
 */
export const benchClock = (): number => Number(process.hrtime.bigint() / 1000n) / 1000;

const CLOSE_WAIT_MS = 2000;

/** Resolves when a `ws` socket has closed, or after a short wait if the close handshake hangs. */
export function whenClosed(socket: {
  readyState: number;
  once(event: 'close', listener: () => void): unknown;
}) {
  const CLOSED = 3;
  if (socket.readyState === CLOSED) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CLOSE_WAIT_MS);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Reads the send time out of a remote change to the nodes map and reports each key's latency. */
export function reportRemoteKeys(
  keys: Iterable<string>,
  read: (key: string) => unknown,
  events: EditorEvents,
  receivedAt: number,
): void {
  for (const key of keys) {
    const sentAt = read(key);
    if (typeof sentAt === 'number') events.onRemoteEdit(sentAt, receivedAt);
  }
}
