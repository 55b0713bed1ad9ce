// Loads the hourly rates of a process's municipality once, and lets a save replace them in place.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { sharedKeys } from '../shared/query-keys.ts';
import { fetchProcessRates } from './api.ts';
import type { HourlyRates } from './rates.ts';

export type RatesState =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; rates: HourlyRates };

/** Without rates the metrics still work; costs stay empty and each activity warns. */
export function useProcessRates(processId: string): [RatesState, (rates: HourlyRates) => void] {
  const queries = useQueryClient();
  const key = sharedKeys.rates(processId);
  const query = useQuery({ queryKey: key, queryFn: () => fetchProcessRates(processId) });
  const result: RatesState = query.data
    ? { state: 'ready', rates: query.data }
    : query.isError
      ? { state: 'failed', error: query.error }
      : { state: 'loading' };
  return [result, (rates) => queries.setQueryData(key, rates)];
}

export function ratesOf(result: RatesState): HourlyRates | null {
  return result.state === 'ready' ? result.rates : null;
}
