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
import { createRedisFanout } from './sync/redis-fanout.ts';
import { createSearchIndexer } from './library/search-indexer.ts';
import { issueSetupToken } from './auth/setup.ts';
import { seedDemo, type DemoResult } from './demo/seed.ts';
import { createSyncServer, type SyncServer } from './sync/sync-server.ts';

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
  const demo = options.demo ? await seedDemo(store) : undefined;
  const metrics = createMetricsRegistry();
  const indexer = createSearchIndexer(store, () => sync.docs, log);
  const fanout = config.redisUrl
    ? await createRedisFanout({ url: config.redisUrl, prefix: config.redisPrefix, log })
    : createLocalFanout();
  const sync = createSyncServer({
    store,
    fanout,
    access: createAccountAccess(store),
    limits: config.limits,
    metrics,
    log,
    onRoomWritten: (address) => {
      if (address.channel === 'map') indexer.schedule(address.processId);
    },
  });
  const app = createApp({
    store,
    docs: sync.docs,
    indexer,
    metrics,
    clientDist: config.clientDist,
    publicUrl: config.publicUrl,
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
    close() {
      closing ??= (async () => {
        server.closeIdleConnections?.();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        indexer.stop();
        await sync.close();
        server.closeAllConnections?.();
        await closed;
        await store.close();
      })();
      return closing;
    },
  };
}
