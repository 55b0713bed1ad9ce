// Test support: REST calls to a test server as the holder of a bearer token.
import type { TestServer } from './server.ts';

/** A body, when given, is sent as JSON; without one the request carries only the token. */
export function fetchWithBearer(
  server: Pick<TestServer, 'url'>,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
