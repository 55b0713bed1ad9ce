// Creates the discussion Y.Doc of a process and gives typed access to its threads, comments and votes.
import * as Y from 'yjs';
import { getEntry } from '../doc.ts';
import { ProcessModelError } from '../errors.ts';
import type { CommentId, ThreadId } from './schema.ts';

export const THREADS_KEY = 'threads';
export const VOTES_KEY = 'votes';

/*
 * Layout (every nested Y type is created in the same transaction as its parent, never later,
 * because two peers creating a nested type under the same key concurrently lose one of them):
 *   threads: Y.Map<ThreadId, Y.Map { anchor, anchorSnapshot?, createdBy, createdAt, resolution?, comments: Y.Array<Y.Map> }>
 *     anchorSnapshot: plain { type, kind?, label, from?, to? }, added later, so older threads lack it (anchor-snapshot.ts)
 *     comment: Y.Map { id, author, text, createdAt, editedAt?, deleted?, mentions, reactions: Y.Map }
 *     reactions: Y.Map<`${emoji} ${personId}`, true>    (see comment-mutations.ts)
 *   votes: Y.Map<JSON [roundId, personId, targetId], count>  (see votes.ts)
 * Like the map document, nothing is written on creation: top-level types exist by name.
 */
export function createDiscussionDoc(): Y.Doc {
  const doc = new Y.Doc();
  getThreads(doc);
  getVotes(doc);
  return doc;
}

export const getThreads = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(THREADS_KEY);
export const getVotes = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(VOTES_KEY);

export function requireThread(doc: Y.Doc, threadId: ThreadId): Y.Map<unknown> {
  const thread = getEntry(getThreads(doc), threadId);
  if (thread === undefined)
    throw new ProcessModelError('unknown-thread', `thread ${threadId} does not exist`);
  return thread;
}

// The thread's comment list, or undefined when foreign or damaged data left something else there.
export function getComments(thread: Y.Map<unknown>): Y.Array<unknown> | undefined {
  const comments = thread.get('comments');
  return comments instanceof Y.Array ? (comments as Y.Array<unknown>) : undefined;
}

export function requireComment(doc: Y.Doc, threadId: ThreadId, commentId: CommentId): Y.Map<unknown> {
  const comments = getComments(requireThread(doc, threadId));
  for (const comment of comments ?? []) {
    if (comment instanceof Y.Map && comment.get('id') === commentId) return comment as Y.Map<unknown>;
  }
  throw new ProcessModelError('unknown-comment', `comment ${commentId} does not exist in thread ${threadId}`);
}
