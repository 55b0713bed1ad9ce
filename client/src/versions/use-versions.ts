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

  useEffect(() => {
    let cancelled = false;
    Promise.all([listVersions(processId), fetchProcessRecord(processId)]).then(
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
    );
    const timer = window.setTimeout(reload, REFRESH_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [processId, tick, reload]);

  return { versions, publishedVersion, error, reload };
}
