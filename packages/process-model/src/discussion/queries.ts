// Pure questions about a read discussion: threads of an element, orphans, side-panel filters, unread counts.
import type { ProcessMap } from '../schema.ts';
import { THREAD_FILTERS } from './schema.ts';
import type { Discussion, DiscussionComment, DiscussionThread, ThreadFilter } from './schema.ts';
import { timeOf } from './validate.ts';

// A thread as the canvas and side panel show it: `orphaned` when its node or edge is not in the map.
export interface ThreadView extends DiscussionThread {
  orphaned: boolean;
}

export interface UnreadSummary {
  // Threads with at least one unread comment.
  unreadThreads: number;
  unreadComments: number;
  // Unread comments that mention the person.
  mentions: number;
}

// Threads anchored to the node or edge with this id (for pins with counts), in reading order.
export function threadsForElement(discussion: Discussion, elementId: string): DiscussionThread[] {
  return discussion.threads.filter(
    (thread) => thread.anchor.type !== 'point' && thread.anchor.id === elementId,
  );
}

/*
 * Every thread with its orphan flag. An anchor counts as missing when the map has no node or edge
 * of that id, including an edge the map reader leaves out because one of its nodes is gone.
 * Point anchors are never orphaned. The thread itself stays complete and readable.
 */
export function threadViews(discussion: Discussion, map: ProcessMap): ThreadView[] {
  const nodeIds = new Set<string>(map.nodes.map((node) => node.id));
  const edgeIds = new Set<string>(map.edges.map((edge) => edge.id));
  return discussion.threads.map((thread) => {
    const { anchor } = thread;
    const orphaned =
      (anchor.type === 'node' && !nodeIds.has(anchor.id)) ||
      (anchor.type === 'edge' && !edgeIds.has(anchor.id));
    return { ...thread, orphaned };
  });
}

export function orphanedThreads(discussion: Discussion, map: ProcessMap): ThreadView[] {
  return threadViews(discussion, map).filter((thread) => thread.orphaned);
}

/*
 * 'mine': threads the person opened or wrote a (not deleted) comment in.
 * 'mentioningMe': threads with a (not deleted) comment that mentions the person.
 */
export function filterThreads(
  discussion: Discussion,
  filter: ThreadFilter,
  personId: string,
): DiscussionThread[] {
  return discussion.threads.filter(filterMatchers(personId)[filter]);
}

// How many threads each side-panel filter shows, 'all' included; one pass over the threads.
export type ThreadFilterCounts = Record<ThreadFilter | 'all', number>;

export function threadFilterCounts(discussion: Discussion, personId: string): ThreadFilterCounts {
  const matchers = filterMatchers(personId);
  const counts: ThreadFilterCounts = { open: 0, resolved: 0, mine: 0, mentioningMe: 0, all: 0 };
  for (const thread of discussion.threads) {
    counts.all += 1;
    for (const filter of THREAD_FILTERS) if (matchers[filter](thread)) counts[filter] += 1;
  }
  return counts;
}

function filterMatchers(personId: string): Record<ThreadFilter, (thread: DiscussionThread) => boolean> {
  const live = (thread: DiscussionThread) => thread.comments.filter((comment) => !comment.deleted);
  return {
    open: (thread) => thread.status === 'open',
    resolved: (thread) => thread.status === 'resolved',
    mine: (thread) =>
      thread.createdBy.id === personId || live(thread).some((comment) => comment.author.id === personId),
    mentioningMe: (thread) => live(thread).some((comment) => comment.mentions.includes(personId)),
  };
}

/*
 * Unread: written by someone else after `lastSeenAt` (null or unparsable: never seen, so all of
 * them), and not deleted. Timestamps are compared as instants, not as strings.
 */
export function isUnreadComment(
  comment: DiscussionComment,
  personId: string,
  lastSeenAt: string | null,
): boolean {
  if (comment.deleted || comment.author.id === personId) return false;
  const seen = lastSeenAt === null ? Number.NaN : Date.parse(lastSeenAt);
  return Number.isNaN(seen) || timeOf(comment.createdAt) > seen;
}

export function unreadSummary(
  discussion: Discussion,
  personId: string,
  lastSeenAt: string | null,
): UnreadSummary {
  const summary: UnreadSummary = { unreadThreads: 0, unreadComments: 0, mentions: 0 };
  for (const thread of discussion.threads) {
    const unread = thread.comments.filter((comment) => isUnreadComment(comment, personId, lastSeenAt));
    if (unread.length > 0) summary.unreadThreads += 1;
    summary.unreadComments += unread.length;
    summary.mentions += unread.filter((comment) => comment.mentions.includes(personId)).length;
  }
  return summary;
}
