// Loads the threads of one frozen version, as they were when it was frozen.
import { useEffect, useState } from 'react';
import type { ThreadView } from '@prozesswerk/process-model';
import { fetchVersionThreads } from './api.ts';

export type ThreadsLoad =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; threads: ThreadView[] };

export function useVersionThreads(processId: string, version: number): ThreadsLoad {
  const [load, setLoad] = useState<ThreadsLoad>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    fetchVersionThreads(processId, version).then(
      (threads) => !cancelled && setLoad({ state: 'ready', threads }),
      (error: unknown) => {
        console.warn('Could not load the discussion of the version', error);
        if (!cancelled) setLoad({ state: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [processId, version]);
  return load;
}
