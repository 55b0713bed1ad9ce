// The sync endpoint: accepts WebSocket upgrades under /sync, authorises them and wires sockets to rooms.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  CLOSE,
  REFUSALS_PARAM,
  SESSION_LOCKED,
  SESSION_ROOT,
  parseRoomName,
  roomName,
  type CloseName,
  type RoomAddress,
} from '@prozesswerk/protocol';
import { createLiveDocs, type LiveDocs } from './live-docs.ts';
import { createCredentialDisconnects, type DisconnectReason } from './credential-disconnects.ts';
import { createLocalFanout, type Fanout } from './fanout.ts';
import type { Limits } from '../config.ts';
import type { MetricsRegistry } from '../metrics/registry.ts';
import type { Store } from '../store/store.ts';
import { credentialsOf, type SocketAccess, type SocketGrant, type SocketRefusal } from './access.ts';
import { closeSocket, createConnection, type Connection } from './connection.ts';
import { createOriginCheck, type OriginPolicy } from './origin.ts';
import { MalformedMessage, answerWhileBuilding, dispatchFrame } from './dispatch.ts';
import { createTokenBucket, createWindowLimiter } from '../limits/rate-limit.ts';
import type { Room } from './room.ts';
import { createRooms, type Rooms } from './rooms.ts';
import { createSyncMetrics } from './sync-metrics.ts';
import { createWriteQueue } from './write-queue.ts';

export const SYNC_PATH = '/sync';
const MAX_TIMER_MS = 2 ** 31 - 1;

export type SyncServer = {
  rooms: Rooms;
  docs: LiveDocs;
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Closes the sockets that stand on a credential (see SocketGrant.credentialKeys): `forbidden` when it was
   * revoked, `accessChanged` when the client should reconnect and get its new role.
   */
  disconnectCredential(key: string, why?: DisconnectReason): void;
  /** Reads every loaded room from storage again, relaying what others wrote there (e.g. a CLI erasure). */
  reloadRooms(): void;
  /** Closes every socket with "server restarting", stores what is queued and compacts loaded rooms. */
  close(): Promise<void>;
};

export type SyncServerDeps = {
  store: Store;
  access: SocketAccess;
  limits: Limits;
  metrics: MetricsRegistry;
  log: (message: string, error?: unknown) => void;
  /** Fan-out to other instances; a local no-op when running alone. */
  fanout?: Fanout;
  /** Which pages besides the server's own may open sockets. */
  origins?: OriginPolicy;
  /** Called after updates to a room were stored (e.g. to refresh the search index of a map). */
  onRoomWritten?: (address: RoomAddress) => void;
  /** The client's address for the per-address limit (behind trusted proxies); default: the socket's peer. */
  clientAddress?: (request: IncomingMessage) => string;
};

export function createSyncServer(deps: SyncServerDeps): SyncServer {
  // ws stops reading a frame past maxPayload; our own check below names the close for anything it lets through.
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.limits.maxMessageBytes });
  // The gauges read the registry lazily, after it exists.
  const metrics = createSyncMetrics(deps.metrics, {
    roomsLoaded: () => rooms.loadedCount(),
    connections: () => rooms.connectionCount(),
  });
  const writes = createWriteQueue(deps.store, metrics);
  const fanout = deps.fanout ?? createLocalFanout();
  const rooms: Rooms = createRooms({
    store: deps.store,
    writes,
    fanout,
    limits: deps.limits,
    metrics,
    log: deps.log,
    onRoomWritten: deps.onRoomWritten,
  });
  const originAllowed = createOriginCheck(deps.origins ?? {});
  const connectionsPerIp = createWindowLimiter(deps.limits.maxConnectionsPerIpPerMinute, 60_000);
  let nextConnectionId = 1;
  const open = new Set<Connection>();
  // How to ask again what each open socket may do; see recheckAccess.
  const accessChecks = new Map<Connection, () => Promise<SocketGrant | SocketRefusal>>();
  const disconnects = createCredentialDisconnects({
    fanout,
    store: deps.store,
    pollMs: deps.limits.accessPollMs,
    log: deps.log,
    closeLocal(key, why, storedSeq) {
      for (const connection of open) {
        if (!connection.credentialKeys.includes(key)) continue;
        if (storedSeq === undefined || connection.accessMark < storedSeq) connection.close(why);
      }
    },
  });

  function isMapLocked(processId: string): boolean {
    const session = rooms.peek(roomName(processId, 'session'));
    return session?.doc.getMap(SESSION_ROOT).get(SESSION_LOCKED) === true;
  }

  async function accept(
    socket: WebSocket,
    stream: Duplex,
    request: IncomingMessage,
    activeRooms: Rooms,
  ): Promise<void> {
    // Frames wait here in order until the socket is set up and the room's document is whole; none is dropped.
    const waiting: Uint8Array[] = [];
    let deliver: (frame: Uint8Array) => void = (frame) => void waiting.push(frame);
    // From now on frames go to `next`, those waiting first.
    const handOver = (next: (frame: Uint8Array) => void) => {
      deliver = next;
      for (const frame of waiting.splice(0)) next(frame);
    };
    let refused = false;
    const cleanups: (() => void)[] = [];
    socket.on('close', () => {
      for (const cleanup of cleanups.splice(0)) cleanup();
    });
    const isGone = () => refused || socket.readyState !== socket.OPEN;
    // Runs a cleanup when the socket closes, or now if it already has.
    const onClosed = (cleanup: () => void) =>
      socket.readyState === socket.CLOSED ? cleanup() : void cleanups.push(cleanup);
    const refuse = (name: CloseName) => {
      refused = true;
      closeSocket(socket, name, metrics);
    };
    const bucket = createTokenBucket(deps.limits.maxMessagesPerSecond);
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (refused) return;
      const frame = toBytes(data);
      if (!isBinary) return refuse('malformedMessage');
      if (frame.byteLength > deps.limits.maxMessageBytes) return refuse('messageTooLarge');
      if (!bucket.take()) return refuse('rateLimited');
      deliver(frame);
    });

    if (!originAllowed(request)) return refuse('originNotAllowed');
    const url = new URL(request.url ?? '/', 'http://localhost');
    const address = parseRoomName(decodeURIComponent(url.pathname.slice(SYNC_PATH.length + 1)));
    if ('error' in address)
      return refuse(address.error === 'unknown-channel' ? 'unknownChannel' : 'unknownProcess');
    const client = deps.clientAddress?.(request) ?? request.socket.remoteAddress ?? 'unknown';
    if (!connectionsPerIp.allow(client)) return refuse('rateLimited');

    const accessMark = await disconnects.mark();
    if (isGone()) return;
    const grant = await deps.access(request, address);
    if (!grant.ok) return refuse(grant.close);
    if (isGone()) return;
    const room = await activeRooms.open(address);
    onClosed(() => activeRooms.releaseIfIdle(room));
    if (isGone()) return;
    await activeRooms.refreshRefusals(room);
    if (isGone()) return;
    if (room.connections.size >= deps.limits.maxConnectionsPerRoom) return refuse('roomFull');
    // The map's write permission depends on the session document's lock, so keep it loaded alongside.
    if (address.channel === 'map') {
      const session = await activeRooms.hold({ ...address, channel: 'session' });
      onClosed(() => activeRooms.unhold(session));
      if (isGone()) return;
    }
    const changed = disconnects.changedSince(accessMark, grant.credentialKeys);
    if (changed) return refuse(changed);

    const connection = createConnection(socket, {
      id: nextConnectionId++,
      role: grant.role,
      ack: url.searchParams.get('ack') === '1',
      wantsRefusals: url.searchParams.get(REFUSALS_PARAM) === '1',
      label: grant.label,
      identity: {
        personId: grant.personId,
        name: grant.label,
        municipality: grant.municipality,
        role: grant.role,
      },
      orgs: grant.orgs ?? (grant.municipality ? [grant.municipality] : []),
      credentialKeys: grant.credentialKeys,
      accessMark: accessMark.stored,
      endsAt: grant.endsAt,
      metrics,
      maxBufferedBytes: deps.limits.maxBufferedBytes,
      stream,
    });
    open.add(connection);
    const credentials = credentialsOf(request);
    accessChecks.set(connection, () => deps.access(credentials, address));
    cleanups.unshift(() => {
      open.delete(connection);
      accessChecks.delete(connection);
      room.leave(connection);
    });
    closeWhenExpired(connection, onClosed);
    room.join(connection);
    if (!room.isReady()) {
      // While a large room's document builds, a client that has nothing yet is answered from storage at once; every
      // other frame keeps waiting until the document is whole, so that its checks see all of it, and so does any
      // frame after one that waits: a socket's frames are answered in the order they came.
      handOver((frame) => {
        if (
          waiting.length === 0 &&
          connection.isOpen() &&
          answerWhileBuilding({ room, connection, metrics }, frame)
        )
          return;
        waiting.push(frame);
      });
      await room.ready;
    }
    const locked = () => isMapLocked(address.processId);
    handOver((frame) => handleFrame(room, connection, frame, locked));
  }

  /** A session or guest link that expires closes its sockets at that moment (updates after it are refused too). */
  function closeWhenExpired(connection: Connection, onClosed: (cleanup: () => void) => void): void {
    if (connection.endsAt === null) return;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      const left = (connection.endsAt ?? 0) - Date.now();
      if (left <= 0) return connection.close('credentialExpired');
      // setTimeout holds at most about 24.8 days; a 30-day session is re-armed on the way.
      timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
    };
    arm();
    onClosed(() => clearTimeout(timer));
  }

  /*
   * Redis delivers at most once: a revocation or role change published while this instance was cut off from it is
   * lost. So when the connection comes back, every open socket's access is read again from storage, and a socket
   * whose role changed or ended is closed to reconnect with what it may do now.
   */
  async function recheckAccess(): Promise<void> {
    for (const [connection, check] of [...accessChecks]) {
      const grant = await check().catch((error: unknown) => {
        deps.log('re-checking a socket after the broker came back failed', error);
        return undefined;
      });
      if (grant && (!grant.ok || grant.role !== connection.role)) connection.close('accessChanged');
    }
  }
  fanout.onReconnect(() => void recheckAccess());

  /*
   * The socket's own listeners, defined here and not inside handleUpgrade: a closure keeps its whole enclosing scope,
   * and there that holds the upgrade request and its first bytes for as long as the socket is open.
   */
  function wire(ws: WebSocket, stream: Duplex, request: IncomingMessage, path: string): void {
    closeOversizedWithNamedCode(ws);
    ws.on('error', (error) => {
      // ws is already closing an over-long frame (with our code, see above); let the close frame go out.
      if (isOversizedFrame(error))
        return void metrics.socketsClosed.inc({ reason: CLOSE.messageTooLarge.reason });
      deps.log(`socket error on ${path}`, error);
      ws.terminate();
    });
    accept(ws, stream, request, rooms).catch((error: unknown) => {
      deps.log(`accepting ${path} failed`, error);
      closeSocket(ws, 'storageFailed', metrics);
    });
  }

  function handleFrame(
    room: Room,
    connection: Connection,
    frame: Uint8Array,
    isMapLocked: () => boolean,
  ): void {
    if (!connection.isOpen()) return;
    try {
      dispatchFrame({ room, connection, metrics, isMapLocked }, frame);
    } catch (error) {
      if (!(error instanceof MalformedMessage)) deps.log(`room ${room.name}: message failed`, error);
      connection.close('malformedMessage');
    }
  }

  return {
    reloadRooms: () => rooms.reloadAll(),
    rooms,
    docs: createLiveDocs(rooms, writes),

    handleUpgrade(request, socket, head) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (!path.startsWith(`${SYNC_PATH}/`)) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        return;
      }
      // Only for the handshake: once ws owns the socket it handles errors itself, and a lingering listener
      // would log every client that vanishes without a clean close (phones, sleeping laptops).
      const onHandshakeError = (error: Error) => deps.log('upgrade socket error', error);
      socket.on('error', onHandshakeError);
      wss.handleUpgrade(request, socket, head, (ws) => {
        socket.off('error', onHandshakeError);
        wire(ws, socket, request, path);
      });
    },

    disconnectCredential(key, why = 'forbidden') {
      disconnects.disconnect(key, why);
    },

    async close() {
      disconnects.stop();
      for (const client of wss.clients) client.close(CLOSE.shuttingDown.code, CLOSE.shuttingDown.reason);
      await rooms.unloadAll();
      wss.close();
      await deps.fanout?.close();
    },
  };
}

/*
 * ws closes a frame longer than maxPayload itself, with 1009 and before any of our handlers sees it. Clients are
 * promised 4413 message-too-large for every message over MAX_MESSAGE_BYTES, so that one close is renamed.
 */
function closeOversizedWithNamedCode(ws: WebSocket): void {
  const close = ws.close.bind(ws);
  ws.close = (code?: number, reason?: string | Buffer) =>
    code === WS_MESSAGE_TOO_BIG
      ? close(CLOSE.messageTooLarge.code, CLOSE.messageTooLarge.reason)
      : close(code, reason);
}

const WS_MESSAGE_TOO_BIG = 1009;

function isOversizedFrame(error: Error): boolean {
  return (error as Error & { code?: unknown }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
