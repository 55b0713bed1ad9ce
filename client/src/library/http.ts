// JSON requests to the REST API that turn a problem-details answer into a ProblemError with its stable code.

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(detail || code);
  }
}

type Problem = { code?: unknown; detail?: unknown };

async function problemOf(response: Response): Promise<ProblemError> {
  const body = (await response.json().catch((error: unknown) => {
    console.warn('The server answered an error without problem details', error);
    return {};
  })) as Problem;
  const code = typeof body.code === 'string' ? body.code : `http-${response.status}`;
  return new ProblemError(response.status, code, typeof body.detail === 'string' ? body.detail : '');
}

/** GET (or send `body` with `method`) and parse the JSON answer; network failures become code `network`. */
export async function requestJson<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ProblemError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}
