// Loads one process's map and its municipality's rates from the server and works out its metrics.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { computeMetrics, type ProcessMetrics } from '@prozesswerk/process-model';
import { fetchProcessMap, fetchProcessRates, type MapVersion, type ProcessMapRead } from './api.ts';
import { metricsOptions, type HourlyRates } from './rates.ts';
import { sharedKeys } from '../shared/query-keys.ts';

export type ProcessAnalysis =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; read: ProcessMapRead; rates: HourlyRates | null; metrics: ProcessMetrics };

type Loaded = { read: ProcessMapRead; rates: HourlyRates | null };

export function useProcessAnalysis(processId: string | null, version?: MapVersion): ProcessAnalysis {
  const query = useQuery({
    queryKey: sharedKeys.map(processId ?? '', version ?? 'live'),
    enabled: processId !== null,
    queryFn: async (): Promise<Loaded> => {
      const id = processId!;
      const rates = fetchProcessRates(id).catch((error: unknown) => {
        // The figures work without rates; only the cost stays empty (and says so in the warnings).
        console.warn('Could not load the hourly rates', error);
        return null;
      });
      const [read, loadedRates] = await Promise.all([fetchProcessMap(id, version), rates]);
      return { read, rates: loadedRates };
    },
  });
  const loaded = query.data;

  return useMemo((): ProcessAnalysis => {
    if (!processId) return { state: 'idle' };
    if (!loaded) return query.isError ? { state: 'failed', error: query.error } : { state: 'loading' };
    const { read, rates } = loaded;
    const metrics = computeMetrics(read.map, metricsOptions(rates, read.map.lanes));
    return { state: 'ready', read, rates, metrics };
  }, [processId, loaded, query.isError, query.error]);
}
