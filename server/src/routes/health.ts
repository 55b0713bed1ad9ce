// GET /healthz: liveness and a storage round trip.
import { Hono } from 'hono';
import type { Store } from '../store/store.ts';

export function healthRoutes(store: Store): Hono {
  return new Hono().get('/healthz', async (c) => {
    await store.getProcess('__healthz__');
    return c.json({ status: 'ok', storage: store.dialect });
  });
}
