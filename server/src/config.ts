// Server configuration, parsed from the environment by a function (never read from a global).
import { z } from 'zod';
import { parseProxyTrust, type ProxyTrust } from './http/proxy-trust.ts';

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
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((list) =>
      (list ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url())),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  SQLITE_WAL_SYNC: z.enum(['commit', 'thread']).default('commit'),
  MAX_BODY_BYTES: int(1024 * 1024),
  BPMN_IMPORT_THREADS: int(2),
  BPMN_IMPORT_QUEUE: z.coerce.number().int().min(0).default(20),
  MAX_MESSAGE_BYTES: int(2 * 1024 * 1024),
  MAX_DOC_BYTES: int(20 * 1024 * 1024),
  MAX_ROOM_STRUCTS: int(200_000),
  MAX_ROOM_WRITERS: int(20_000),
  MAX_CONNECTIONS_PER_ROOM: int(200),
  MAX_BUFFERED_BYTES: int(32 * 1024 * 1024),
  MAX_CONNECTIONS_PER_IP_PER_MINUTE: int(600),
  MAX_MESSAGES_PER_SECOND: int(300),
  ROOM_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  COMPACT_THRESHOLD: int(500),
  LOAD_SLICE_STRUCTS: int(2000),
  ACCESS_POLL_MS: int(1000),
  CLIENT_DIST: z.string().optional(),
  TRUST_PROXY: z.string().max(2000).optional(),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN needs at least 16 characters').max(500).optional(),
  SMTP_URL: z.string().url().optional(),
  GUEST_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  RETENTION_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  MAIL_FROM: z.string().min(3).max(320).default('Prozesswerk <prozesswerk@localhost>'),
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
  /** Origins besides the server's own and PUBLIC_URL whose pages may open sync sockets. */
  allowedOrigins: string[];
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** Under FULL: where the WAL of room updates is synced — in SQLite's commit, or on libuv's thread pool. */
  sqliteWalSync: 'commit' | 'thread';
  clientDist: string | undefined;
  /** Reverse proxies trusted for X-Forwarded-For / X-Forwarded-Proto (TRUST_PROXY). */
  trustProxy: ProxyTrust;
  /** Bearer token for GET /metrics; without one only local, unproxied requests may read it. */
  metricsToken: string | undefined;
  /** SMTP server for invitation and password-reset mails (smtp://user:pass@host:587); none: links only. */
  smtpUrl: string | undefined;
  /** Days after a workshop link expired or was revoked until its guests are erased (GUEST_RETENTION_DAYS). */
  guestRetentionDays: number;
  /** How often the server runs retention (RETENTION_INTERVAL_MINUTES). */
  retentionIntervalMs: number;
  mailFrom: string;
  limits: Limits;
};

export type Limits = {
  /** Largest HTTP request body (the BPMN import has its own, larger limit). */
  maxBodyBytes: number;
  /** Worker threads for BPMN imports at most, started by the first import (BPMN_IMPORT_THREADS). */
  bpmnImportThreads: number;
  /** BPMN imports that may wait for a thread; one more is refused with 429 import-busy (BPMN_IMPORT_QUEUE). */
  bpmnImportQueue: number;
  maxMessageBytes: number;
  maxDocBytes: number;
  /**
   * A room's memory budget: Yjs items (structs) in memory, a live one about 470 bytes, a deleted one (what an
   * overwrite or a deletion leaves, kept for concurrent edits) about 200 and so counted as half an item
   * (sync/struct-weight.ts); and distinct writers (Y.Doc client ids), each of which also makes every later change of
   * the room slower. Stored bytes (MAX_DOC_BYTES) do not bound either: a megabyte of one-item updates from new
   * writers costs about 100 MB.
   */
  maxRoomStructs: number;
  maxRoomWriters: number;
  maxConnectionsPerRoom: number;
  /** Unsent bytes queued for one socket before it is closed as too slow. */
  maxBufferedBytes: number;
  maxConnectionsPerIpPerMinute: number;
  maxMessagesPerSecond: number;
  roomUnloadMs: number;
  compactThreshold: number;
  /**
   * Items a large room integrates into its document per event-loop turn while it loads; other rooms run between
   * the slices (LOAD_SLICE_STRUCTS, see Room.ready).
   */
  loadSliceStructs: number;
  /** How often each instance reads credential changes made elsewhere (the CLI, another instance) from storage. */
  accessPollMs: number;
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
  let trustProxy: ProxyTrust;
  try {
    trustProxy = parseProxyTrust(c.TRUST_PROXY);
  } catch (error) {
    throw new Error(`Invalid configuration:\n  ${(error as Error).message}`);
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    databaseSchema: c.DATABASE_SCHEMA,
    redisUrl: c.REDIS_URL,
    redisPrefix: c.REDIS_PREFIX,
    publicUrl: c.PUBLIC_URL,
    allowedOrigins: c.ALLOWED_ORIGINS,
    sqliteSynchronous: c.SQLITE_SYNCHRONOUS,
    sqliteWalSync: c.SQLITE_WAL_SYNC,
    clientDist: c.CLIENT_DIST,
    trustProxy,
    metricsToken: c.METRICS_TOKEN,
    smtpUrl: c.SMTP_URL,
    guestRetentionDays: c.GUEST_RETENTION_DAYS,
    retentionIntervalMs: c.RETENTION_INTERVAL_MINUTES * 60_000,
    mailFrom: c.MAIL_FROM,
    limits: limitsFrom(c),
  };
}

function limitsFrom(c: z.infer<typeof ConfigSchema>): Limits {
  return {
    maxBodyBytes: c.MAX_BODY_BYTES,
    bpmnImportThreads: c.BPMN_IMPORT_THREADS,
    bpmnImportQueue: c.BPMN_IMPORT_QUEUE,
    maxMessageBytes: c.MAX_MESSAGE_BYTES,
    maxDocBytes: c.MAX_DOC_BYTES,
    maxRoomStructs: c.MAX_ROOM_STRUCTS,
    maxRoomWriters: c.MAX_ROOM_WRITERS,
    maxConnectionsPerRoom: c.MAX_CONNECTIONS_PER_ROOM,
    maxBufferedBytes: c.MAX_BUFFERED_BYTES,
    maxConnectionsPerIpPerMinute: c.MAX_CONNECTIONS_PER_IP_PER_MINUTE,
    maxMessagesPerSecond: c.MAX_MESSAGES_PER_SECOND,
    roomUnloadMs: c.ROOM_UNLOAD_MS,
    compactThreshold: c.COMPACT_THRESHOLD,
    loadSliceStructs: c.LOAD_SLICE_STRUCTS,
    accessPollMs: c.ACCESS_POLL_MS,
  };
}
