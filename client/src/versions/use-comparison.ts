// Loads a comparison of two sides of a process: version numbers, the live map, or (from only) the origin.
import { useQuery } from '@tanstack/react-query';
import { compareVersions, compareWithOrigin, type Comparison, type VersionRef } from './api.ts';
import { versionKeys } from './version-keys.ts';

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
  const query = useQuery({
    queryKey: versionKeys.comparison(processId, from, to),
    queryFn: (): Promise<{ comparison: Comparison; originVersion?: number }> =>
      from === 'origin'
        ? compareWithOrigin(processId).then((c) => ({ comparison: c, originVersion: c.origin.version }))
        : compareVersions(processId, from, to).then((comparison) => ({ comparison })),
  });
  if (query.data) return { state: 'ready', ...query.data };
  if (query.isError) return { state: 'failed', error: query.error };
  return { state: 'loading' };
}
