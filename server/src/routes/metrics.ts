// GET /metrics: Prometheus text exposition, for a scraper holding METRICS_TOKEN or, without one, for local requests only.
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { bearerToken } from '../auth/middleware.ts';
import { hashSecret } from '../auth/tokens.ts';
import { forbidden, unauthorized } from '../errors.ts';
import { clientOf } from '../http/client-info.ts';
import type { MetricsRegistry } from '../metrics/registry.ts';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1)$/;
const PROXY_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'];

// Comparing digests keeps the comparison constant-time whatever the lengths.
const sameSecret = (given: string, expected: string) =>
  timingSafeEqual(Buffer.from(hashSecret(given), 'hex'), Buffer.from(hashSecret(expected), 'hex'));

export function metricsRoutes(registry: MetricsRegistry, token: string | undefined): Hono {
  return new Hono().get('/metrics', (c) => {
    if (token !== undefined) {
      const given = bearerToken(c.req.header('authorization'));
      if (!given || !sameSecret(given, token))
        throw unauthorized(
          'metrics-token-required',
          'GET /metrics needs "Authorization: Bearer <METRICS_TOKEN>".',
        );
    } else {
      // A request a local reverse proxy passed on comes from loopback too; the proxy's headers give it away.
      const proxied = PROXY_HEADERS.some((name) => c.req.header(name) !== undefined);
      if (proxied || !LOOPBACK.test(clientOf(c).address))
        throw forbidden('metrics-local-only', 'Without METRICS_TOKEN, /metrics answers only local requests.');
    }
    return c.text(registry.render(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
}
