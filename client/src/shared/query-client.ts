// The one TanStack Query client of the app: server state (REST answers) is loaded, cached and refreshed through it.
import { QueryClient } from '@tanstack/react-query';

/*
 * A problem the server answered on purpose (404, 403, 409 …) does not get better by asking again; a network
 * failure or a 5xx may, so those are retried twice. Hidden tabs do not poll (refetchIntervalInBackground off).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && !(statusOf(error) >= 400 && statusOf(error) < 500),
        refetchOnWindowFocus: true,
        staleTime: 5_000,
      },
    },
  });
}

/** The HTTP status a failed request carried (a ProblemError has one), 0 when it had none. */
function statusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : 0;
  return typeof status === 'number' ? status : 0;
}
