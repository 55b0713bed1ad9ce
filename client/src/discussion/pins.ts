// Which pins the canvas shows: one per element or point with threads, with its open count and whether anything is new.
import {
  isUnreadComment,
  type DiscussionThread,
  type ThreadAnchor,
  type ThreadId,
  type ThreadView,
} from '@prozesswerk/process-model';

export type Pin = {
  key: string;
  anchor: ThreadAnchor;
  threadIds: ThreadId[];
  open: number;
  unread: boolean;
};

/** What this person has seen: the previous visit, and threads opened during this one (with when). */
export type ReadState = { personId: string; since: string | null; opened: Readonly<Record<string, string>> };

export function anchorKey(anchor: ThreadAnchor): string {
  return anchor.type === 'point' ? `point:${anchor.x}:${anchor.y}` : `${anchor.type}:${anchor.id}`;
}

/** The later of the previous visit and the moment the thread was opened on this page. */
export function seenAt(thread: DiscussionThread, read: ReadState): string | null {
  const opened = read.opened[thread.id];
  if (opened === undefined) return read.since;
  if (read.since === null) return opened;
  return Date.parse(opened) > Date.parse(read.since) ? opened : read.since;
}

export function isUnreadThread(thread: DiscussionThread, read: ReadState): boolean {
  const seen = seenAt(thread, read);
  return thread.comments.some((comment) => isUnreadComment(comment, read.personId, seen));
}

/*
 * Threads on the same element share one pin, so an element with three threads shows "3", not three
 * stacked badges. Threads on deleted elements have nowhere to sit and are left to the side panel.
 */
export function pinsOf(threads: readonly ThreadView[], read: ReadState | null): Pin[] {
  const pins = new Map<string, Pin>();
  for (const thread of threads) {
    if (thread.orphaned) continue;
    const key = anchorKey(thread.anchor);
    const pin = pins.get(key) ?? { key, anchor: thread.anchor, threadIds: [], open: 0, unread: false };
    pin.threadIds.push(thread.id);
    if (thread.status === 'open') pin.open += 1;
    if (read && isUnreadThread(thread, read)) pin.unread = true;
    pins.set(key, pin);
  }
  return [...pins.values()];
}
