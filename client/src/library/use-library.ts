// The library search as a hook: filters in, processes out, re-asked shortly after the user stops typing.
import { useEffect, useState } from 'react';
import { searchLibrary, type LibraryFilter, type LibraryProcess } from './api.ts';

const DEBOUNCE_MS = 250;

export type LibraryResult =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; processes: LibraryProcess[] };

function byLastChange(a: LibraryProcess, b: LibraryProcess): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

export function useLibrary(filter: LibraryFilter, revision: number): LibraryResult {
  const [result, setResult] = useState<LibraryResult>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      searchLibrary(filter).then(
        (processes) =>
          !cancelled && setResult({ state: 'ready', processes: [...processes].sort(byLastChange) }),
        (error: unknown) => {
          console.warn('Searching the library failed', error);
          if (!cancelled) setResult({ state: 'failed', error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [filter, revision]);
  return result;
}
