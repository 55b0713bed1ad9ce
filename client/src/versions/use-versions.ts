// Loads a process's versions and published version, and keeps them fresh while shown (others may freeze too).
import { useCallback, useEffect, useState } from 'react';
import { fetchProcessRecord } from '../library/api.ts';
import { listVersions, type VersionMeta } from './api.ts';

const REFRESH_MS = 3000;

export type VersionsState = {
  versions: VersionMeta[] | null;
  publishedVersion: number | null;
  error: unknown;
  reload(): void;
};

export function useVersions(processId: string): VersionsState {
  const [versions, setVersions] = useState<VersionMeta[] | null>(null);
  const [publishedVersion, setPublished] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  /*
   * The next refresh is planned once this one has settled: on weak Wi-Fi an answer can take longer
   * than REFRESH_MS, and a timer started with the request would cancel every answer before it came.
   * A hidden tab does not ask; it asks again when it is shown.
   */
  useEffect(() => {
    let cancelled = false;
    let timer: number | undefined;
    const planNext = () => {
      if (!cancelled) timer = window.setTimeout(reload, REFRESH_MS);
    };
    if (document.visibilityState === 'hidden') {
      const onVisible = () => document.visibilityState === 'visible' && reload();
      document.addEventListener('visibilitychange', onVisible);
      return () => document.removeEventListener('visibilitychange', onVisible);
    }
    Promise.all([listVersions(processId), fetchProcessRecord(processId)])
      .then(
        ([list, process]) => {
          if (cancelled) return;
          setVersions([...list].sort((a, b) => b.version - a.version));
          setPublished(process.publishedVersion);
          setError(null);
        },
        (failure: unknown) => {
          console.warn('Could not load the versions', failure);
          if (!cancelled) setError(failure);
        },
      )
      .finally(planNext);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [processId, tick, reload]);

  return { versions, publishedVersion, error, reload };
}
