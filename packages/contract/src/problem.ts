// The one error shape of the REST API: RFC 9457 problem details with a stable, machine-readable code.
import { z } from 'zod';

export const Problem = z
  .object({
    type: z.string().meta({ description: 'A URL naming the kind of problem; ends in the code' }),
    title: z.string().meta({ description: 'A short summary of the HTTP status, in English' }),
    status: z.number().int().min(400).max(599),
    code: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .meta({ description: 'Stable code to branch on and to translate, e.g. `process-not-found`' }),
    detail: z.string().meta({ description: 'What went wrong in this case, in English' }),
  })
  .meta({ id: 'Problem', description: 'Problem details (RFC 9457) with a stable `code`' });
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const PROBLEM_DESCRIPTIONS = {
  400: 'The request is invalid (`invalid-input`, `invalid-json`, …)',
  401: 'Not signed in, or the credential is no longer valid',
  403: 'Signed in, but the role does not allow this',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state',
  410: 'No longer available',
  413: 'The request body is too large',
  415: 'The request body has the wrong media type',
  422: 'Understood, but cannot be processed',
  429: 'Too many requests; try again later',
} as const;
export type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS;

export type ProblemResponse = {
  description: string;
  content: { [PROBLEM_MEDIA_TYPE]: { schema: typeof Problem } };
};

/** The problem responses an operation can give, by status. */
export function problems<const S extends readonly ProblemStatus[]>(
  ...statuses: S
): { [K in S[number]]: ProblemResponse } {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: PROBLEM_DESCRIPTIONS[status], content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem } } },
    ]),
  ) as { [K in S[number]]: ProblemResponse };
}
