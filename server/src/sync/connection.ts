// One sync socket: who it is, what it may do, and safe send/close.
import type { WebSocket } from 'ws';
import { CLOSE, type CloseName, type Role } from '@prozesswerk/protocol';
import type { SyncMetrics } from './sync-metrics.ts';

export type Connection = {
  readonly id: number;
  readonly role: Role;
  /** The socket asked for saved acknowledgements with `?ack=1`. */
  readonly ack: boolean;
  /** Awareness client ids this socket has announced, removed when it closes. */
  readonly awarenessIds: Set<number>;
  readonly label: string;
  readonly credentialKeys: readonly string[];
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
    label: string;
    credentialKeys: string[];
    metrics: SyncMetrics;
    maxBufferedBytes: number;
  },
): Connection {
  const connection: Connection = {
    id: options.id,
    role: options.role,
    ack: options.ack,
    awarenessIds: new Set(),
    label: options.label,
    credentialKeys: options.credentialKeys,
    isOpen: () => socket.readyState === socket.OPEN,
    send(frame) {
      if (socket.readyState !== socket.OPEN) return;
      // A client that cannot keep up would make the server buffer without bound; it re-syncs after reconnecting.
      if (socket.bufferedAmount > options.maxBufferedBytes) {
        connection.close('tooSlow');
        return;
      }
      socket.send(frame, (error) => {
        if (error) socket.terminate();
      });
    },
    close(name) {
      if (socket.readyState === socket.CLOSED || socket.readyState === socket.CLOSING) return;
      options.metrics.socketsClosed.inc({ reason: CLOSE[name].reason });
      socket.close(CLOSE[name].code, CLOSE[name].reason);
    },
  };
  return connection;
}
