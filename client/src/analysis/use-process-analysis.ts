// Loads one process's map and its municipality's rates from the server and works out its metrics.
import { useEffect, useMemo, useState } from 'react';
import { computeMetrics, type ProcessMetrics } from '@prozesswerk/process-model';
import { fetchProcessMap, fetchProcessRates, type MapVersion, type ProcessMapRead } from './api.ts';
import { metricsOptions, type HourlyRates } from './rates.ts';

export type ProcessAnalysis =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; read: ProcessMapRead; rates: HourlyRates | null; metrics: ProcessMetrics };

type Loaded = { read: ProcessMapRead; rates: HourlyRates | null };

export function useProcessAnalysis(processId: string | null, version?: MapVersion): ProcessAnalysis {
  const [loaded, setLoaded] = useState<
    { state: 'idle' | 'loading' } | { state: 'failed'; error: unknown } | ({ state: 'ready' } & Loaded)
  >({ state: 'idle' });

  useEffect(() => {
    if (!processId) return setLoaded({ state: 'idle' });
    let cancelled = false;
    setLoaded({ state: 'loading' });
    const rates = fetchProcessRates(processId).catch((error: unknown) => {
      // The figures work without rates; only the cost stays empty (and says so in the warnings).
      console.warn('Could not load the hourly rates', error);
      return null;
    });
    Promise.all([fetchProcessMap(processId, version), rates]).then(
      ([read, loadedRates]) => !cancelled && setLoaded({ state: 'ready', read, rates: loadedRates }),
      (error: unknown) => !cancelled && setLoaded({ state: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [processId, version]);

  return useMemo((): ProcessAnalysis => {
    if (loaded.state !== 'ready') return loaded;
    const { read, rates } = loaded;
    const metrics = computeMetrics(read.map, metricsOptions(rates, read.map.lanes));
    return { state: 'ready', read, rates, metrics };
  }, [loaded]);
}
