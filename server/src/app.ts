// createApp: the HTTP application — routes, static client and the one error mapping.
import { Hono } from 'hono';
import { DomainError, toProblem } from './errors.ts';
import type { MetricsRegistry } from './metrics/registry.ts';
import { healthRoutes } from './routes/health.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { processRoutes } from './routes/processes.ts';
import { staticClient } from './static-client.ts';
import type { Store } from './store/store.ts';

export type AppDeps = {
  store: Store;
  metrics: MetricsRegistry;
  clientDist?: string;
  log: (message: string, error?: unknown) => void;
};

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof DomainError) {
      return c.json(toProblem(error), error.status, { 'content-type': 'application/problem+json' });
    }
    deps.log(`${c.req.method} ${c.req.path} failed`, error);
    const problem = toProblem(new DomainError('internal-error', 500, 'Internal server error', 'Unexpected error'));
    return c.json(problem, 500, { 'content-type': 'application/problem+json' });
  });

  app.route('/', healthRoutes(deps.store));
  app.route('/', metricsRoutes(deps.metrics));
  app.route('/api/processes', processRoutes(deps.store));
  app.all('/api/*', (c) => {
    const problem = toProblem(new DomainError('route-not-found', 404, 'Not found', `No route ${c.req.method} ${c.req.path}`));
    return c.json(problem, 404, { 'content-type': 'application/problem+json' });
  });
  if (deps.clientDist) app.route('/', staticClient(deps.clientDist));
  return app;
}
