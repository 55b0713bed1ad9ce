// Assembles store, HTTP app and sync endpoint into a listening server; used by main.ts and by tests.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { Hono } from 'hono';
import { createApp } from './app.ts';
import type { AuthEnv } from './auth/middleware.ts';
import type { Config } from './config.ts';
import { createMetricsRegistry } from './metrics/registry.ts';
import { createStore } from './store/create-store.ts';
import type { Store } from './store/store.ts';
import { createAccountAccess, userCredentialKey } from './sync/access.ts';
import { createLocalFanout } from './sync/fanout.ts';
import { createSearchIndexer } from './library/search-indexer.ts';
import { ensureSearchIndex } from './library/search-rebuild.ts';
import { issueSetupToken } from './auth/setup.ts';
import { seedDemo, type DemoResult } from './demo/seed.ts';
import { createSyncServer, type SyncServer } from './sync/sync-server.ts';
import { clientAddress } from './http/proxy-trust.ts';
import { createImportPool, type ImportPool } from './interchange/import-pool.ts';

const headerValue = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(',') : value;
import { createSmtpMailer } from './mail/mailer.ts';
import { createEraser, type Eraser } from './privacy/erase.ts';
import { scheduleMaintenance, type Maintenance } from './privacy/retention.ts';

export type RunningServer = {
  app: Hono<AuthEnv>;
  port: number;
  url: string;
  /** The first-run link, present while nobody has an account. */
  setupUrl: string | undefined;
  /** What `--demo` seeded (or found already seeded). */
  demo: DemoResult | undefined;
  store: Store;
  sync: SyncServer;
  eraser: Eraser;
  /** Retention and unfinished erasures, on a schedule; `runNow` for a round at once. */
  maintenance: Maintenance;
  /** The BPMN import threads and their queue. */
  imports: ImportPool;
  close(): Promise<void>;
};

export type Log = (message: string, error?: unknown) => void;

export const consoleLog: Log = (message, error) => {
  if (error === undefined) console.log(message);
  else console.error(message, error);
};

export type StartOptions = { demo?: boolean };

export async function startServer(
  config: Config,
  log: Log = consoleLog,
  options: StartOptions = {},
): Promise<RunningServer> {
  const store = await createStore(config);
  // Before anyone searches: an index from an older version may hold what its readers must not see.
  await ensureSearchIndex(store, log);
  const demo = options.demo ? await seedDemo(store) : undefined;
  const metrics = createMetricsRegistry();
  const indexer = createSearchIndexer(store, () => sync.docs, log);
  // Imported only with REDIS_URL set: a single instance never loads the Redis client.
  const fanout = config.redisUrl
    ? await (
        await import('./sync/redis-fanout.ts')
      ).createRedisFanout({ url: config.redisUrl, prefix: config.redisPrefix, log })
    : createLocalFanout();
  const sync = createSyncServer({
    store,
    fanout,
    access: createAccountAccess(store),
    limits: config.limits,
    origins: { publicUrl: config.publicUrl, allowedOrigins: config.allowedOrigins },
    metrics,
    log,
    clientAddress: (request) =>
      clientAddress(
        config.trustProxy,
        request.socket.remoteAddress,
        headerValue(request.headers['x-forwarded-for']),
      ),
    onRoomWritten: (address) => {
      if (address.channel === 'map') indexer.schedule(address.processId);
    },
  });
  const eraser = createEraser({
    store,
    docs: sync.docs,
    onMapsChanged: async (processIds) =>
      void (await Promise.all(processIds.map((id) => indexer.refresh(id)))),
    log,
  });
  const maintenance = scheduleMaintenance({
    store,
    eraser,
    guestRetentionDays: config.guestRetentionDays,
    intervalMs: config.retentionIntervalMs,
    reloadRooms: () => sync.reloadRooms(),
    log,
  });
  const imports = createImportPool({
    threads: config.limits.bpmnImportThreads,
    maxQueue: config.limits.bpmnImportQueue,
  });
  const app = createApp({
    store,
    imports,
    docs: sync.docs,
    eraser,
    indexer,
    metrics,
    clientDist: config.clientDist,
    maxBodyBytes: config.limits.maxBodyBytes,
    trustProxy: config.trustProxy,
    metricsToken: config.metricsToken,
    publicUrl: config.publicUrl,
    mailer: config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : undefined,
    log,
    onCredentialRevoked: (key) => sync.disconnectCredential(key),
    onMembershipChanged: (userId) => sync.disconnectCredential(userCredentialKey(userId), 'accessChanged'),
  });

  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s as Server),
    );
  });
  server.on('upgrade', (request, socket, head) => sync.handleUpgrade(request, socket, head));
  const port = (server.address() as AddressInfo).port;
  const setupToken = await issueSetupToken(store);
  const publicUrl = config.publicUrl?.replace(/\/$/, '') ?? `http://localhost:${port}`;

  let closing: Promise<void> | undefined;
  return {
    app,
    port,
    url: `http://127.0.0.1:${port}`,
    demo,
    setupUrl: setupToken ? `${publicUrl}/setup?token=${setupToken}` : undefined,
    store,
    sync,
    eraser,
    maintenance,
    imports,
    close() {
      closing ??= (async () => {
        // A round that is running finishes first: it may be in the middle of an erasure.
        await maintenance.stop();
        server.closeIdleConnections?.();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        indexer.stop();
        await sync.close();
        server.closeAllConnections?.();
        await closed;
        await imports.close();
        await store.close();
      })();
      return closing;
    },
  };
}
