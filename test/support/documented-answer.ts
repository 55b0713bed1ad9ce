// Holds an answer to what the contract documents for it: the operation is found by method and concrete path, and the
// body is parsed with the documented schema of its status, so a route that drifts from @prozesswerk/contract fails.
import { operations, type OperationSpec } from '@prozesswerk/contract';

type Found = { operationId: string; spec: OperationSpec };

const matchers = Object.entries(operations as Record<string, OperationSpec>).map(([operationId, spec]) => ({
  operationId,
  spec,
  pattern: new RegExp(`^${spec.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The operation a request goes to; literal paths win over ones with parameters, as in the router. */
export function operationFor(method: string, path: string): Found | undefined {
  const bare = path.split('?')[0]!;
  const candidates = matchers.filter((m) => m.spec.method === method.toLowerCase() && m.pattern.test(bare));
  candidates.sort((a, b) => parameterCount(a.spec.path) - parameterCount(b.spec.path));
  return candidates[0];
}

const parameterCount = (path: string) => (path.match(/\{/g) ?? []).length;

/**
 * Problems with an answer compared to the contract: an undocumented status, a media type it does not list, or a
 * JSON body its schema refuses. An empty list when the answer is as documented.
 */
export function contractProblems(
  method: string,
  path: string,
  status: number,
  contentType: string | null,
  text: string,
): string[] {
  const found = operationFor(method, path);
  if (!found) return [`${method} ${path} is not in the contract`];
  const response = found.spec.responses[status];
  if (!response) return [`${found.operationId} does not document status ${status}`];
  if (!response.content) return text === '' ? [] : [`${found.operationId} ${status} documents no body`];
  const mediaType = (contentType ?? '').split(';')[0]!.trim();
  const content = response.content[mediaType];
  if (!content) return [`${found.operationId} ${status} does not document ${mediaType || 'no content type'}`];
  if (!mediaType.includes('json')) return [];
  const parsed = content.schema.safeParse(JSON.parse(text));
  if (parsed.success) return [];
  return parsed.error.issues.map(
    (issue) => `${found.operationId} ${status}: ${issue.path.join('.') || '(body)'} ${issue.message}`,
  );
}
