// Loads the threads of one frozen version, as they were when it was frozen (they never change: cached for good).
import { useQuery } from '@tanstack/react-query';
import type { ThreadView } from '@prozesswerk/process-model';
import { fetchVersionThreads } from './api.ts';
import { versionKeys } from './version-keys.ts';

export type ThreadsLoad =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; threads: ThreadView[] };

export function useVersionThreads(processId: string, version: number): ThreadsLoad {
  const query = useQuery({
    queryKey: versionKeys.threads(processId, version),
    queryFn: () => fetchVersionThreads(processId, version),
    staleTime: Infinity,
  });
  if (query.data) return { state: 'ready', threads: query.data };
  if (query.isError) return { state: 'failed', error: query.error };
  return { state: 'loading' };
}
