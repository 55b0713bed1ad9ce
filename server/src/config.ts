// Server configuration, parsed from the environment by a function (never read from a global).
import { z } from 'zod';

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().min(1).max(100).default('prozesswerk:'),
  PUBLIC_URL: z.string().url().optional(),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  MAX_MESSAGE_BYTES: int(2 * 1024 * 1024),
  MAX_DOC_BYTES: int(20 * 1024 * 1024),
  MAX_CONNECTIONS_PER_ROOM: int(200),
  MAX_BUFFERED_BYTES: int(32 * 1024 * 1024),
  MAX_CONNECTIONS_PER_IP_PER_MINUTE: int(600),
  MAX_MESSAGES_PER_SECOND: int(300),
  ROOM_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  COMPACT_THRESHOLD: int(500),
  CLIENT_DIST: z.string().optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema to use (default: the connection's search_path). */
  databaseSchema: string | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  publicUrl: string | undefined;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  clientDist: string | undefined;
  limits: Limits;
};

export type Limits = {
  maxMessageBytes: number;
  maxDocBytes: number;
  maxConnectionsPerRoom: number;
  /** Unsent bytes queued for one socket before it is closed as too slow. */
  maxBufferedBytes: number;
  maxConnectionsPerIpPerMinute: number;
  maxMessagesPerSecond: number;
  roomUnloadMs: number;
  compactThreshold: number;
};

export const DEFAULT_LIMITS: Limits = limitsFrom(ConfigSchema.parse({}));

export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    databaseSchema: c.DATABASE_SCHEMA,
    redisUrl: c.REDIS_URL,
    redisPrefix: c.REDIS_PREFIX,
    publicUrl: c.PUBLIC_URL,
    sqliteSynchronous: c.SQLITE_SYNCHRONOUS,
    clientDist: c.CLIENT_DIST,
    limits: limitsFrom(c),
  };
}

function limitsFrom(c: z.infer<typeof ConfigSchema>): Limits {
  return {
    maxMessageBytes: c.MAX_MESSAGE_BYTES,
    maxDocBytes: c.MAX_DOC_BYTES,
    maxConnectionsPerRoom: c.MAX_CONNECTIONS_PER_ROOM,
    maxBufferedBytes: c.MAX_BUFFERED_BYTES,
    maxConnectionsPerIpPerMinute: c.MAX_CONNECTIONS_PER_IP_PER_MINUTE,
    maxMessagesPerSecond: c.MAX_MESSAGES_PER_SECOND,
    roomUnloadMs: c.ROOM_UNLOAD_MS,
    compactThreshold: c.COMPACT_THRESHOLD,
  };
}
