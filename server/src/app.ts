// createApp: the HTTP application — routes, static client and the one error mapping.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { authenticate, csrfProtection, type AuthEnv } from './auth/middleware.ts';
import { asDomainError, DomainError, problemResponse } from './errors.ts';
import { clientOf, describeClient } from './http/client-info.ts';
import { NO_PROXY, type ProxyTrust } from './http/proxy-trust.ts';
import { securityHeaders } from './http/security-headers.ts';
import { refuseMalformedPaths } from './http/valid-path.ts';
import { limitRequestBodies } from './limits/body-limit.ts';
import type { MetricsRegistry } from './metrics/registry.ts';
import { authRoutes } from './routes/auth.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import { healthRoutes } from './routes/health.ts';
import { inviteRoutes, processInviteRoutes } from './routes/invites.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { serveOpenApiDocument } from './openapi/serve.ts';
import { createRouter } from './routes/router.ts';
import { orgRoutes } from './routes/orgs.ts';
import { memberRoutes } from './routes/members.ts';
import { memberInvitationRoutes, passwordResetRoutes } from './routes/member-links.ts';
import type { Mailer } from './mail/mailer.ts';
import type { Eraser } from './privacy/erase.ts';
import { peopleRoutes } from './routes/people.ts';
import { createActivityRecorder } from './members/activity.ts';
import { libraryRoutes, processMetaRoutes } from './routes/library.ts';
import { comparisonRoutes } from './routes/comparison.ts';
import { processPeopleRoutes } from './routes/process-people.ts';
import { versionRoutes } from './routes/versions.ts';
import { upstreamRoutes } from './routes/upstream.ts';
import { discussionRoutes } from './routes/discussion.ts';
import { analysisRoutes } from './routes/analysis.ts';
import type { LiveDocs } from './sync/live-docs.ts';
import type { SearchIndexer } from './library/search-indexer.ts';
import { processRoutes } from './routes/processes.ts';
import type { ImportPool } from './interchange/import-pool.ts';
import { BPMN_IMPORT_PATH, interchangeRoutes, MAX_BPMN_BYTES } from './routes/interchange.ts';
import { setupRoutes } from './routes/setup.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { staticClient } from './static-client.ts';
import type { Store } from './store/store.ts';

export type AppDeps = {
  store: Store;
  docs: LiveDocs;
  indexer: SearchIndexer;
  /** BPMN imports run on these threads (routes/interchange.ts). */
  imports: ImportPool;
  metrics: MetricsRegistry;
  clientDist?: string | undefined;
  publicUrl?: string | undefined;
  /** Sign-in throttling; tests pass one with their own clock. */
  loginThrottle?: LoginThrottle;
  /** Largest request body on every route but the BPMN import (default 1 MiB). */
  maxBodyBytes?: number;
  /** Reverse proxies trusted for the client's address and scheme (default: none). */
  trustProxy?: ProxyTrust;
  /** Bearer token for /metrics; without one only local requests may read it. */
  metricsToken?: string | undefined;
  /** Erases people (Art. 17 DSGVO) through the live documents' sync path. */
  eraser: Eraser;
  /** Sends invitation and password-reset links when SMTP_URL is set. */
  mailer?: Mailer | undefined;
  log: (message: string, error?: unknown) => void;
  /** Called when a credential is revoked so live sockets standing on it can be closed. */
  onCredentialRevoked?: (key: string) => void;
  /** Called when a user's membership changed so their live sockets reconnect with the new role. */
  onMembershipChanged?: (userId: string) => void;
};

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export function createApp(deps: AppDeps): OpenAPIHono<AuthEnv> {
  const app = createRouter();
  const publicUrl = (c: { req: { url: string } }) =>
    deps.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;

  app.onError((error, c) => {
    const known = asDomainError(error);
    if (known) return problemResponse(c, known);
    deps.log(`${c.req.method} ${c.req.path} failed`, error);
    return problemResponse(
      c,
      new DomainError('internal-error', 500, 'Internal server error', 'Unexpected error'),
    );
  });

  app.use(
    '*',
    describeClient(deps.trustProxy ?? NO_PROXY, deps.publicUrl),
    securityHeaders(),
    refuseMalformedPaths(),
    limitRequestBodies({
      maxBytes: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      larger: [{ path: BPMN_IMPORT_PATH, maxBytes: MAX_BPMN_BYTES, code: 'bpmn-too-large' }],
    }),
  );
  app.route('/', healthRoutes(deps.store));
  app.route('/', metricsRoutes(deps.metrics, deps.metricsToken));
  app.use('/api/*', csrfProtection(), authenticate(deps.store, createActivityRecorder(deps.store, deps.log)));
  app.route(
    '/',
    authRoutes(deps.store, (c) => clientOf(c).address, deps.loginThrottle),
  );
  app.route('/', setupRoutes(deps.store));
  app.route('/', peopleRoutes(deps.store, deps.eraser));
  app.route(
    '/',
    orgRoutes(deps.store, { onMembershipChanged: (userId) => deps.onMembershipChanged?.(userId) }),
  );
  app.route(
    '/',
    memberRoutes({
      store: deps.store,
      mailer: deps.mailer,
      publicUrl,
      log: deps.log,
      onMembershipChanged: (userId) => deps.onMembershipChanged?.(userId),
      onCredentialRevoked: (key) => deps.onCredentialRevoked?.(key),
    }),
  );
  const linkHooks = { onMembershipChanged: (userId: string) => deps.onMembershipChanged?.(userId) };
  app.route('/', memberInvitationRoutes(deps.store, linkHooks));
  app.route('/', passwordResetRoutes(deps.store, linkHooks));
  app.route('/', interchangeRoutes(deps.store, deps.imports));
  app.route('/', processRoutes(deps.store));
  app.route('/', processInviteRoutes(deps.store, publicUrl));
  app.route('/', processMetaRoutes(deps.store));
  app.route('/', processPeopleRoutes(deps.store));
  app.route('/', libraryRoutes(deps.store));
  app.route('/', comparisonRoutes(deps.store));
  app.route('/', versionRoutes(deps.store, deps.docs, deps.indexer));
  app.route('/', upstreamRoutes(deps.store, deps.docs, deps.indexer));
  app.route('/', discussionRoutes(deps.store, deps.docs));
  app.route('/', analysisRoutes(deps.store, deps.docs));
  app.route(
    '/',
    inviteRoutes(deps.store, { onInviteRevoked: (id) => deps.onCredentialRevoked?.(`invite:${id}`) }),
  );
  app.route(
    '/',
    tokenRoutes(deps.store, { onTokenRevoked: (hash) => deps.onCredentialRevoked?.(`secret:${hash}`) }),
  );
  serveOpenApiDocument(app, publicUrl);
  app.all('/api/*', (c) =>
    problemResponse(
      c,
      new DomainError('route-not-found', 404, 'Not found', `No route ${c.req.method} ${c.req.path}`),
    ),
  );
  if (deps.clientDist) app.route('/', staticClient(deps.clientDist));
  return app;
}
