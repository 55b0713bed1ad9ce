// Redis pub/sub fan-out: one channel per room; every instance stores what its own clients send, then publishes.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { FANOUT_KIND, type Fanout, type FanoutKind, type FanoutMessage } from './fanout.ts';

export type RedisFanoutOptions = {
  url: string;
  /** Key prefix, so several deployments (or test runs) can share one Redis. */
  prefix: string;
  log: (message: string, error?: unknown) => void;
};

const KINDS = new Set<number>(Object.values(FANOUT_KIND));

export async function createRedisFanout(options: RedisFanoutOptions): Promise<Fanout> {
  const instanceId = randomBytes(8).toString('hex');
  const redisOptions = {
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(times * 100, 1000),
  };
  // Auto-pipelining: every PUBLISH of one event-loop tick (a stored batch, many rooms) goes out in one write.
  const publisher = new Redis(options.url, {
    ...redisOptions,
    lazyConnect: true,
    enableAutoPipelining: true,
  });
  const subscriber = new Redis(options.url, { ...redisOptions, lazyConnect: true });
  const messageHandlers: ((message: FanoutMessage) => void)[] = [];
  const reconnectHandlers: (() => void)[] = [];
  const channelOf = (room: string) => `${options.prefix}room:${room}`;
  const roomOf = (channel: string) => channel.slice(`${options.prefix}room:`.length);

  for (const client of [publisher, subscriber]) {
    client.on('error', (error: Error) => options.log(`redis: ${error.message}`));
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);

  let lostConnection = false;
  subscriber.on('close', () => (lostConnection = true));
  subscriber.on('ready', () => {
    if (!lostConnection) return;
    lostConnection = false;
    // ioredis re-subscribes by itself; what was published meanwhile is lost, so rooms re-read storage.
    for (const handler of reconnectHandlers) handler();
  });

  subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) => {
    const message = decode(roomOf(channel.toString()), data, instanceId);
    if (message) for (const handler of messageHandlers) handler(message);
  });

  return {
    async subscribe(room) {
      await subscriber.subscribe(channelOf(room));
    },
    async unsubscribe(room) {
      await subscriber.unsubscribe(channelOf(room));
    },
    publish(message) {
      const encoded = encode(message, instanceId);
      publisher
        .publish(channelOf(message.room), Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength))
        .catch((error: unknown) =>
          // Not fatal: the update is already stored; peers re-read storage after they reconnect.
          options.log('redis publish failed', error),
        );
    },
    onMessage: (handler) => void messageHandlers.push(handler),
    onReconnect: (handler) => void reconnectHandlers.push(handler),
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}

function encode(message: FanoutMessage, instanceId: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, instanceId);
  encoding.writeVarUint(encoder, message.kind);
  encoding.writeVarUint8Array(encoder, message.payload);
  return encoding.toUint8Array(encoder);
}

/** Decodes a message; our own echoes and anything unreadable are ignored. */
function decode(room: string, data: Uint8Array, ownId: string): FanoutMessage | undefined {
  try {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarString(decoder) === ownId) return undefined;
    const kind = decoding.readVarUint(decoder);
    if (!KINDS.has(kind)) return undefined;
    return { room, kind: kind as FanoutKind, payload: decoding.readVarUint8Array(decoder) };
  } catch {
    return undefined;
  }
}
