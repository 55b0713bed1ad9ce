// One sync socket: who it is, what it may do, and safe send/close.
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { CLOSE, type AwarenessIdentity, type CloseName, type Role } from '@prozesswerk/protocol';
import type { SyncMetrics } from './sync-metrics.ts';
import { corkForThisTick } from './tick-cork.ts';

export type Connection = {
  readonly id: number;
  readonly role: Role;
  /** The socket asked for saved acknowledgements with `?ack=1`. */
  readonly ack: boolean;
  /** The socket asked for `refused` messages (`?refusals=1`) instead of y-protocols' permission-denied. */
  readonly wantsRefusals: boolean;
  /** Refusals this socket's updates added to its room's memory (see refuse.ts). */
  newRefusals: number;
  /** Awareness client ids this socket has announced, removed when it closes. */
  readonly awarenessIds: Set<number>;
  readonly label: string;
  /** Who the socket is, from its credential: what others see in its awareness. */
  readonly identity: AwarenessIdentity;
  /** The municipalities the person may sign with (their memberships' names; none for a workshop guest). */
  readonly orgs: readonly string[];
  readonly credentialKeys: readonly string[];
  /** The database's last credential event when this socket's access was checked (see credential-disconnects.ts). */
  readonly accessMark: number;
  /** When the credential expires by itself (ms since the epoch), or null. */
  readonly endsAt: number | null;
  isOpen(): boolean;
  send(frame: Uint8Array): void;
  close(name: CloseName): void;
};

export function createConnection(
  socket: WebSocket,
  options: {
    id: number;
    role: Role;
    ack: boolean;
    wantsRefusals: boolean;
    label: string;
    identity: AwarenessIdentity;
    orgs: readonly string[];
    credentialKeys: string[];
    accessMark: number;
    endsAt: number | null;
    metrics: SyncMetrics;
    maxBufferedBytes: number;
    /** The socket under `socket`: frames of one tick are written to it together (see tick-cork.ts). */
    stream?: Duplex;
  },
): Connection {
  // The methods below keep only these, not `options` (a connection lives as long as its socket).
  const { metrics, maxBufferedBytes, stream } = options;
  const connection: Connection = {
    id: options.id,
    role: options.role,
    ack: options.ack,
    wantsRefusals: options.wantsRefusals,
    newRefusals: 0,
    awarenessIds: new Set(),
    label: options.label,
    identity: options.identity,
    // Exact-length copies: an array grown by push keeps room for 17 entries as long as the socket is open.
    orgs: options.orgs.slice(),
    credentialKeys: options.credentialKeys.slice(),
    accessMark: options.accessMark,
    endsAt: options.endsAt,
    isOpen: () => socket.readyState === socket.OPEN,
    send(frame) {
      if (socket.readyState !== socket.OPEN) return;
      // A client that cannot keep up would make the server buffer without bound; it re-syncs after reconnecting.
      if (socket.bufferedAmount > maxBufferedBytes) {
        connection.close('tooSlow');
        return;
      }
      if (stream) corkForThisTick(stream);
      socket.send(frame, (error) => {
        if (error) socket.terminate();
      });
    },
    close: (name) => closeSocket(socket, name, metrics),
  };
  return connection;
}

/** Closes the socket with a named code and counts it in sockets-closed, once: one already closing is left be. */
export function closeSocket(socket: WebSocket, name: CloseName, metrics: SyncMetrics): void {
  if (socket.readyState === socket.CLOSED || socket.readyState === socket.CLOSING) return;
  metrics.socketsClosed.inc({ reason: CLOSE[name].reason });
  socket.close(CLOSE[name].code, CLOSE[name].reason);
}
