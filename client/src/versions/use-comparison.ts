// Loads a comparison of two sides of a process: version numbers, the live map, or (from only) the origin.
import { useEffect, useState } from 'react';
import { compareVersions, compareWithOrigin, type Comparison, type VersionRef } from './api.ts';

export type Side = VersionRef | 'origin';
export type ComparisonState =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; comparison: Comparison; originVersion?: number };

export function parseSide(raw: string | null, fallback: Side): Side {
  if (raw === 'live' || raw === 'origin') return raw;
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : fallback;
}

export function useComparison(processId: string, from: Side, to: VersionRef): ComparisonState {
  const [result, setResult] = useState<ComparisonState>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setResult({ state: 'loading' });
    const load =
      from === 'origin'
        ? compareWithOrigin(processId).then((c) => ({ comparison: c, originVersion: c.origin.version }))
        : compareVersions(processId, from, to).then((comparison) => ({ comparison }));
    load.then(
      (loaded) => !cancelled && setResult({ state: 'ready', ...loaded }),
      (error: unknown) => {
        console.warn('Could not compare', error);
        if (!cancelled) setResult({ state: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [processId, from, to]);
  return result;
}
