// Request body validation with zod, turning failures into a problem with code "invalid-input".
import type { Context } from 'hono';
import type { z } from 'zod';
import { badRequest } from '../errors.ts';

export async function parseJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw badRequest('invalid-json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; ');
    throw badRequest('invalid-input', detail);
  }
  return parsed.data;
}
