// Loads the hourly rates of a process's municipality once, and lets a save replace them in place.
import { useEffect, useState } from 'react';
import { fetchProcessRates } from './api.ts';
import type { HourlyRates } from './rates.ts';

export type RatesState =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; rates: HourlyRates };

export function useProcessRates(processId: string): [RatesState, (rates: HourlyRates) => void] {
  const [result, setResult] = useState<RatesState>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetchProcessRates(processId).then(
      (rates) => !cancelled && setResult({ state: 'ready', rates }),
      (error: unknown) => {
        // Without rates the metrics still work; costs stay empty and each activity warns.
        console.warn('Could not load the hourly rates', error);
        if (!cancelled) setResult({ state: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [processId]);
  return [result, (rates) => setResult({ state: 'ready', rates })];
}

export function ratesOf(result: RatesState): HourlyRates | null {
  return result.state === 'ready' ? result.rates : null;
}
