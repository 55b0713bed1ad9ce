// One limit on request bodies for every route, checked before anything reads a body; some routes may allow more.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DomainError, toProblem } from '../errors.ts';

export type LargerBodyRoute = {
  /** Matched against the request path. */
  path: RegExp;
  maxBytes: number;
  /** The problem code past this route's limit, e.g. `bpmn-too-large`. */
  code: string;
};

export type BodyLimitOptions = { maxBytes: number; larger?: readonly LargerBodyRoute[] };

/**
 * Refuses a body past the limit with 413 before it is read: at once when Content-Length says so, otherwise as soon
 * as the streamed bytes pass it (nothing beyond the limit is held in memory). The answer closes the connection so
 * the sender cannot keep the server busy draining the rest.
 */
export function limitRequestBodies(options: BodyLimitOptions): MiddlewareHandler {
  const refuse = (code: string, maxBytes: number) =>
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) =>
        c.json(
          toProblem(
            new DomainError(
              code,
              413,
              'Payload too large',
              `A request body may have at most ${maxBytes} bytes here.`,
            ),
          ),
          413,
          { 'content-type': 'application/problem+json', connection: 'close' },
        ),
    });
  const general = refuse('body-too-large', options.maxBytes);
  const larger = (options.larger ?? []).map((route) => ({
    path: route.path,
    check: refuse(route.code, route.maxBytes),
  }));
  return async function limitRequestBody(c, next) {
    const route = larger.find((candidate) => candidate.path.test(c.req.path));
    return (route?.check ?? general)(c, next);
  };
}
