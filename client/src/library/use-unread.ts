// Unread threads and mentions per process since my last visit, for the badges on the library's process cards.
import { useQuery } from '@tanstack/react-query';
import { fetchUnread, type UnreadCount } from './api.ts';
import { libraryKeys } from './library-queries.ts';

const NOTHING: ReadonlyMap<string, UnreadCount> = new Map();

/*
 * Asked again when the page comes back into view (the query client refetches on focus), since the usual way back to
 * the library is from an editor tab where the visit was just recorded. A failure leaves the badges out: they are a
 * hint, and the library itself still works.
 */
export function useUnread(): ReadonlyMap<string, UnreadCount> {
  const query = useQuery({
    queryKey: libraryKeys.unread,
    queryFn: async () => new Map((await fetchUnread()).map((count) => [count.processId, count])),
    staleTime: 0,
  });
  return query.data ?? NOTHING;
}
