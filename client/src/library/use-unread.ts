// Unread threads and mentions per process since my last visit, for the badges on the library's process cards.
import { useEffect, useState } from 'react';
import { fetchUnread, type UnreadCount } from './api.ts';

const NOTHING: ReadonlyMap<string, UnreadCount> = new Map();

/*
 * Asked again when the page comes back into view, since the usual way back to the library is from an
 * editor tab where the visit was just recorded. A failure leaves the badges out: they are a hint, and
 * the library itself still works.
 */
export function useUnread(revision: number): ReadonlyMap<string, UnreadCount> {
  const [unread, setUnread] = useState(NOTHING);
  const [visible, setVisible] = useState(0);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setVisible((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  useEffect(() => {
    let cancelled = false;
    fetchUnread().then(
      (counts) => !cancelled && setUnread(new Map(counts.map((count) => [count.processId, count]))),
      (error: unknown) => console.warn('Could not load the unread counts', error),
    );
    return () => {
      cancelled = true;
    };
  }, [revision, visible]);
  return unread;
}
