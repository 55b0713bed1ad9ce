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

/** The status and the JSON body (an empty body as {}) of a request with a bearer token. */
export async function callWithBearer(
  server: Pick<TestServer, 'url'>,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetchWithBearer(server, token, method, path, body);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

/** The JSON body of a request that must succeed; anything else throws with the answer, so set-up fails loudly. */
export async function okWithBearer(
  server: Pick<TestServer, 'url'>,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const answer = await callWithBearer(server, token, method, path, body);
  if (answer.status >= 300)
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
