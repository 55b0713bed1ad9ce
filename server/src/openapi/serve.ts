// /api/openapi.json: the OpenAPI 3.1 document, generated once from the operations the app registered.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { API_DESCRIPTION, API_TITLE, operations, type ApiDocument } from '@prozesswerk/contract';
import type { AuthEnv } from '../auth/middleware.ts';

const API_VERSION = '0.1.0';

/** Registers the document route; call it after every other route, so the document describes them all. */
export function serveOpenApiDocument(
  app: OpenAPIHono<AuthEnv>,
  publicUrl: (c: { req: { url: string } }) => string,
) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'pw_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' });
  let generated: ApiDocument | undefined;
  return app.openapi(operations.getOpenApiDocument, (c) => {
    generated ??= plain(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: { title: API_TITLE, version: API_VERSION, description: API_DESCRIPTION },
        security: [{ session: [] }, { token: [] }],
      }),
    );
    return c.json({ ...generated, servers: [{ url: publicUrl(c), description: 'This server' }] }, 200);
  });
}

// The generator's types are wider than JSON; the document is JSON all the same.
function plain(document: ReturnType<OpenAPIHono['getOpenAPI31Document']>): ApiDocument {
  return { ...document, info: { ...document.info }, paths: document.paths ?? {} };
}
