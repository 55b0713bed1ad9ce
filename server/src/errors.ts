// Typed domain errors and their one mapping to HTTP problem details.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PROBLEM_MEDIA_TYPE, type Problem } from '@prozesswerk/contract';

export type { Problem };

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: ContentfulStatusCode,
    readonly title: string,
    detail?: string,
  ) {
    super(detail ?? title);
  }
}

export const notFound = (code: string, detail?: string) => new DomainError(code, 404, 'Not found', detail);
export const badRequest = (code: string, detail?: string) =>
  new DomainError(code, 400, 'Bad request', detail);
export const conflict = (code: string, detail?: string) => new DomainError(code, 409, 'Conflict', detail);
export const unauthorized = (code: string, detail?: string) =>
  new DomainError(code, 401, 'Authentication required', detail);
export const forbidden = (code: string, detail?: string) => new DomainError(code, 403, 'Forbidden', detail);
export const tooManyRequests = (code: string, detail?: string) =>
  new DomainError(code, 429, 'Too many requests', detail);

export function toProblem(error: DomainError): Problem {
  return {
    type: `https://prozesswerk.de/problems/${error.code}`,
    title: error.title,
    status: error.status,
    code: error.code,
    detail: error.message,
  };
}

// Hono's own refusals (malformed JSON, a body of the wrong media type) as domain errors with stable codes.
const HTTP_EXCEPTION_CODES: Partial<Record<number, [code: string, title: string, detail: string]>> = {
  400: ['invalid-json', 'Bad request', 'The request body is not valid JSON.'],
  413: ['payload-too-large', 'Payload too large', 'The request body is too large.'],
  415: ['unsupported-media-type', 'Unsupported media type', 'Send the body as application/json.'],
};

/** Any error as the domain error to answer with; unexpected ones become `internal-error` (and are logged). */
export function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof HTTPException) {
    const [code, title, detail] = HTTP_EXCEPTION_CODES[error.status] ?? [
      `http-${error.status}`,
      'Request refused',
      error.message,
    ];
    return new DomainError(code, error.status as ContentfulStatusCode, title, detail);
  }
  return undefined;
}

export function problemResponse(c: Context, error: DomainError): Response {
  return c.json(toProblem(error), error.status, { 'content-type': PROBLEM_MEDIA_TYPE });
}
