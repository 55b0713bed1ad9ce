// /api/openapi.json is generated from @prozesswerk/contract: a valid OpenAPI 3.1 document that describes every
// route the app serves, each operation with an operationId and schemas for its answers, problems included.
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '@prozesswerk/contract';
import { removeDataDir, startTestServer, type TestServer } from './support/server.ts';

type Response = { description: string; content?: Record<string, { schema?: unknown }> };
type Operation = { operationId?: string; responses: Record<string, Response>; 'x-access'?: unknown };
type Document = {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
};

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

describe('the OpenAPI document', () => {
  let server: TestServer;
  let document: Document;
  beforeAll(async () => {
    server = await startTestServer();
    const response = await fetch(`${server.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    document = (await response.json()) as Document;
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const documented = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => METHODS.has(method))
        .map(([method, operation]) => ({ path, method, operation })),
    );

  it('validates as OpenAPI 3.1', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('names the server it was fetched from', () => {
    expect(document.servers?.[0]?.url).toBe(server.url);
  });

  it('describes exactly the API routes the app serves', () => {
    const served = new Set(
      server.app.routes
        .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect([...served].sort()).toEqual(
      documented()
        .map((op) => `${op.method} ${op.path}`)
        .sort(),
    );
  });

  it('has an operationId, its access and a schema for every answer with a body, for every operation', () => {
    const operationIds = documented().map((op) => op.operation.operationId);
    expect(operationIds.sort()).toEqual(
      Object.values(operations)
        .map((op) => op.operationId)
        .sort(),
    );
    for (const { path, method, operation } of documented()) {
      const name = `${method} ${path}`;
      expect(operation['x-access'], name).toBeDefined();
      const statuses = Object.keys(operation.responses);
      expect(
        statuses.some((status) => status.startsWith('2')),
        name,
      ).toBe(true);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status === '204') continue;
        const media = Object.values(response.content ?? {});
        expect(media.length, `${name} ${status}`).toBeGreaterThan(0);
        for (const { schema } of media) expect(schema, `${name} ${status}`).toBeDefined();
        if (Number(status) >= 400) {
          expect(response.content?.['application/problem+json']?.schema, `${name} ${status}`).toEqual({
            $ref: '#/components/schemas/Problem',
          });
        }
      }
    }
  });
});
