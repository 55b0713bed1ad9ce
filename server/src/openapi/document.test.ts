import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { startServer } from '../server.ts';
import { OPERATIONS } from './document.ts';

describe('OpenAPI document', () => {
  it('describes exactly the API routes the app serves', async () => {
    const server = await startServer(
      parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: ':memory:' }),
      () => undefined,
    );
    const app = server.app;
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(OPERATIONS).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m} ${path}`),
      ),
    );
    expect([...served].sort()).toEqual([...documented].sort());
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { openapi: string }).openapi).toBe('3.1.0');
    await server.close();
  });
});
