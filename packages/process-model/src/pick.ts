// Reads one stored value through its schema: the parsed value, or undefined when it is absent or invalid.
import type { z } from 'zod';

export function pick<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  // Most optional fields are simply absent; no schema here turns `undefined` into a value, so skip zod for them.
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}
