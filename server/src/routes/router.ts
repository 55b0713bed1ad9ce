// createRouter: an OpenAPIHono app for one resource. Routes are registered from @prozesswerk/contract operations,
// so one zod schema validates the request, types the handler and describes the operation in /api/openapi.json.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { AuthEnv } from '../auth/middleware.ts';
import { badRequest, type DomainError } from '../errors.ts';

// Query and path fields whose bad values have a code of their own (clients translate it).
const FIELD_CODES = new Map([
  ['version', 'invalid-version'],
  ['from', 'invalid-version'],
  ['to', 'invalid-version'],
  ['leika', 'invalid-leika-key'],
]);

/** A failed request validation as the one 400 problem: `invalid-input`, or a field's own code. */
export function invalidRequest(target: string, error: z.ZodError): DomainError {
  const detail = error.issues
    .map((issue) => `${issue.path.join('.') || target}: ${issue.message}`)
    .join('; ');
  const field = target === 'json' ? undefined : error.issues[0]?.path[0];
  const code = (typeof field === 'string' && FIELD_CODES.get(field)) || 'invalid-input';
  return badRequest(code, detail);
}

export function createRouter(): OpenAPIHono<AuthEnv> {
  return new OpenAPIHono<AuthEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.target, result.error);
    },
  });
}
