// A path that is not valid percent-encoded UTF-8 is a malformed request for every route: 400, before any route decodes it.
import { createMiddleware } from 'hono/factory';
import { badRequest } from '../errors.ts';

export function refuseMalformedPaths() {
  return createMiddleware(async function checkPathEncoding(c, next) {
    try {
      decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      throw badRequest('invalid-path', 'The request path is not valid percent-encoded UTF-8.');
    }
    await next();
  });
}
