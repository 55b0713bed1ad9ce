// The library search as a hook: filters in, processes out, asked again shortly after the user stops typing. While a
// new search runs, the previous results stay on screen.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchLibrary, type LibraryFilter, type LibraryProcess } from '../shared/processes-api.ts';
import { useDebounced } from '../shared/use-debounced.ts';
import { libraryKeys } from './library-queries.ts';

const DEBOUNCE_MS = 250;

export type LibraryResult =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; processes: LibraryProcess[] };

function byLastChange(a: LibraryProcess, b: LibraryProcess): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

export function useLibrary(filter: LibraryFilter): LibraryResult {
  const settled = useDebounced(filter, DEBOUNCE_MS);
  const query = useQuery({
    queryKey: libraryKeys.search(settled),
    queryFn: async () => [...(await searchLibrary(settled))].sort(byLastChange),
    placeholderData: keepPreviousData,
  });
  if (query.data) return { state: 'ready', processes: query.data };
  if (query.isError) return { state: 'failed', error: query.error };
  return { state: 'loading' };
}
