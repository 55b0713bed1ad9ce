// Test support: a TCP relay in front of a port that a test can shut, so that one client's path to a service stays
// down (or comes back later) while others reach it directly.
import { connect, createServer, type Socket } from 'node:net';

export type TcpGate = {
  readonly port: number;
  /** Lets new connections through to the target again. */
  open(): void;
  /** Drops every relayed connection and refuses new ones until open(). */
  shut(): void;
  stop(): Promise<void>;
};

export async function startTcpGate(targetPort: number): Promise<TcpGate> {
  let isOpen = true;
  const sockets = new Set<Socket>();
  const server = createServer((downstream) => {
    if (!isOpen) return void downstream.destroy();
    const upstream = connect({ port: targetPort, host: '127.0.0.1' });
    sockets.add(downstream).add(upstream);
    // Either side going away takes the other with it, as a dropped network path would.
    const teardown = () => {
      downstream.destroy();
      upstream.destroy();
      sockets.delete(downstream);
      sockets.delete(upstream);
    };
    for (const socket of [downstream, upstream]) {
      socket.on('error', teardown);
      socket.on('close', teardown);
    }
    downstream.pipe(upstream);
    upstream.pipe(downstream);
  });
  const shut = () => {
    isOpen = false;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('no port assigned'));
      resolve(address.port);
    });
  });
  return {
    port,
    open: () => void (isOpen = true),
    shut,
    stop() {
      shut();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
