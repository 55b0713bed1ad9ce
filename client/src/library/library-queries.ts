// The library's server state in the app's one query client: what to ask and under which key, so that a page that
// changes something (a new process, edited metadata, an import) asks again by invalidating these keys.
import type { QueryClient } from '@tanstack/react-query';
import { sharedKeys } from '../shared/query-keys.ts';

export const libraryKeys = {
  all: ['library'] as const,
  search: (filter: unknown) => ['library', 'search', filter] as const,
  unread: ['library', 'unread'] as const,
  myOrgs: sharedKeys.myOrgs,
};

/** After something in the library changed: the listing and its badges are asked again. */
export function refreshLibrary(queries: QueryClient): Promise<void> {
  return queries.invalidateQueries({ queryKey: libraryKeys.all });
}
