// createApp: the HTTP application — routes, static client and the one error mapping.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { authenticate, csrfProtection, type AuthEnv } from './auth/middleware.ts';
import { DomainError, toProblem } from './errors.ts';
import type { MetricsRegistry } from './metrics/registry.ts';
import { authRoutes, DEFAULT_LOGIN_LIMITS, type LoginLimits } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { inviteRoutes, processInviteRoutes } from './routes/invites.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { openApiDocument } from './openapi/document.ts';
import { orgRoutes } from './routes/orgs.ts';
import { libraryRoutes, processMetaRoutes } from './routes/library.ts';
import { processPeopleRoutes } from './routes/process-people.ts';
import { versionRoutes } from './routes/versions.ts';
import { discussionRoutes } from './routes/discussion.ts';
import { analysisRoutes } from './routes/analysis.ts';
import type { LiveDocs } from './sync/live-docs.ts';
import type { SearchIndexer } from './library/search-indexer.ts';
import { processRoutes } from './routes/processes.ts';
import { interchangeRoutes } from './routes/interchange.ts';
import { setupRoutes } from './routes/setup.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { staticClient } from './static-client.ts';
import type { Store } from './store/store.ts';

export type AppDeps = {
  store: Store;
  docs: LiveDocs;
  indexer: SearchIndexer;
  metrics: MetricsRegistry;
  clientDist?: string | undefined;
  publicUrl?: string | undefined;
  loginLimits?: LoginLimits;
  log: (message: string, error?: unknown) => void;
  /** Called when a credential is revoked so live sockets standing on it can be closed. */
  onCredentialRevoked?: (key: string) => void;
  /** Called when a user's membership changed so their live sockets reconnect with the new role. */
  onMembershipChanged?: (userId: string) => void;
};

export function createApp(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const publicUrl = (c: { req: { url: string } }) =>
    deps.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
  const clientIp = (c: { req: { raw: Request } }) => {
    try {
      return getConnInfo(c as Parameters<typeof getConnInfo>[0]).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  app.onError((error, c) => {
    if (error instanceof DomainError) {
      return c.json(toProblem(error), error.status, { 'content-type': 'application/problem+json' });
    }
    deps.log(`${c.req.method} ${c.req.path} failed`, error);
    const problem = toProblem(
      new DomainError('internal-error', 500, 'Internal server error', 'Unexpected error'),
    );
    return c.json(problem, 500, { 'content-type': 'application/problem+json' });
  });

  app.route('/', healthRoutes(deps.store));
  app.route('/', metricsRoutes(deps.metrics));
  app.use('/api/*', csrfProtection(), authenticate(deps.store));
  app.route('/api/auth', authRoutes(deps.store, clientIp, deps.loginLimits ?? DEFAULT_LOGIN_LIMITS));
  app.route('/api/setup', setupRoutes(deps.store));
  app.route(
    '/api/orgs',
    orgRoutes(deps.store, { onMembershipChanged: (userId) => deps.onMembershipChanged?.(userId) }),
  );
  app.route('/api/orgs', interchangeRoutes(deps.store, deps.indexer));
  app.route('/api/processes', processRoutes(deps.store));
  app.route('/api/processes', processInviteRoutes(deps.store, publicUrl));
  app.route('/api/processes', processMetaRoutes(deps.store));
  app.route('/api/processes', processPeopleRoutes(deps.store));
  app.route('/api/library', libraryRoutes(deps.store));
  app.route('/api/processes', versionRoutes(deps.store, deps.docs, deps.indexer));
  app.route('/api', discussionRoutes(deps.store, deps.docs));
  app.route('/api', analysisRoutes(deps.store, deps.docs));
  app.route(
    '/api/invites',
    inviteRoutes(deps.store, { onInviteRevoked: (id) => deps.onCredentialRevoked?.(`invite:${id}`) }),
  );
  app.route(
    '/api/tokens',
    tokenRoutes(deps.store, { onTokenRevoked: (hash) => deps.onCredentialRevoked?.(`secret:${hash}`) }),
  );
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.all('/api/*', (c) => {
    const problem = toProblem(
      new DomainError('route-not-found', 404, 'Not found', `No route ${c.req.method} ${c.req.path}`),
    );
    return c.json(problem, 404, { 'content-type': 'application/problem+json' });
  });
  if (deps.clientDist) app.route('/', staticClient(deps.clientDist));
  return app;
}
