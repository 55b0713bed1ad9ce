// Typed domain errors and their one mapping to HTTP problem details.
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type Problem = { type: string; title: string; status: number; code: string; detail?: string };

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
