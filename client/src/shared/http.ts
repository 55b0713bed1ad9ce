// The one HTTP client of the REST API: JSON in and out, and every failure as a ProblemError with the server's stable code.

/** A failed request: the HTTP status (0 when the server was not reached) and the problem `code` the server sent. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail = '',
  ) {
    super(detail || code);
  }
}

export function isProblem(error: unknown, ...statuses: number[]): error is ProblemError {
  return error instanceof ProblemError && (statuses.length === 0 || statuses.includes(error.status));
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

export type RequestOptions = {
  method?: string;
  /** Sent as JSON, unless it is a Blob (a file goes as it is, with `contentType`). */
  body?: unknown;
  contentType?: string;
  /** Lets the request finish while the page is being left. */
  keepalive?: boolean;
};

/** Sends the request and parses the JSON answer (undefined for 204); network failures become code `network`. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, keepalive } = options;
  const file = body instanceof Blob;
  const contentType = options.contentType ?? (file ? undefined : 'application/json');
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined || !contentType ? {} : { 'content-type': contentType },
      ...(body === undefined ? {} : { body: file ? body : JSON.stringify(body) }),
      ...(keepalive ? { keepalive } : {}),
    });
  } catch (error) {
    throw new ProblemError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** GET (or send `body` with `method`) and parse the JSON answer. */
export function requestJson<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  return request<T>(path, { method, body });
}
