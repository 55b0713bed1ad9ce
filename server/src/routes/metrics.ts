// GET /metrics: Prometheus text exposition.
import { Hono } from 'hono';
import type { MetricsRegistry } from '../metrics/registry.ts';

export function metricsRoutes(registry: MetricsRegistry): Hono {
  return new Hono().get('/metrics', (c) =>
    c.text(registry.render(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }),
  );
}
