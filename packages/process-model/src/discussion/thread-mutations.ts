// Mutations of threads: open one on an element or a point, resolve it with a decision, reopen it.
import * as Y from 'yjs';
import { newId } from '../ids.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { parseOrThrow } from '../validate.ts';
import type { AnchorMap } from './anchor.ts';
import { refreshAnchorSnapshot } from './anchor-snapshot.ts';
import { createCommentMap } from './comment-mutations.ts';
import { getThreads, requireThread } from './doc.ts';
import { asCommentId, asThreadId } from './schema.ts';
import type { Person, ThreadAnchor, ThreadId } from './schema.ts';
import {
  commentTextSchema,
  decisionSchema,
  parseAnchor,
  parseMentionIds,
  parseNow,
  parsePerson,
} from './validate.ts';

export interface NewThread {
  anchor: ThreadAnchor;
  author: Person;
  text: string;
  mentions?: readonly string[];
  now?: number;
  // The map as the writer sees it, so the thread remembers what its element is called (anchor-snapshot.ts).
  map?: AnchorMap;
}

export interface Resolution {
  by: Person;
  decision?: string;
  now?: number;
  map?: AnchorMap;
}

// The thread, its comment list and its opening comment are created in one transaction.
export function createThread(doc: Y.Doc, input: NewThread, origin: unknown = LOCAL_ORIGIN): ThreadId {
  const anchor = parseAnchor(input.anchor);
  const author = parsePerson(input.author, 'author');
  const text = parseOrThrow(commentTextSchema, input.text, 'invalid-input', 'text');
  const mentions = parseMentionIds(input.mentions);
  const createdAt = parseNow(input.now);

  const id = asThreadId(newId());
  doc.transact(() => {
    const thread = new Y.Map<unknown>();
    getThreads(doc).set(id, thread);
    thread.set('anchor', anchor);
    if (input.map !== undefined) refreshAnchorSnapshot(thread, input.map);
    thread.set('createdBy', author);
    thread.set('createdAt', createdAt);
    const comments = new Y.Array<unknown>();
    thread.set('comments', comments);
    comments.push([createCommentMap(asCommentId(newId()), author, text, mentions, createdAt)]);
  }, origin);
  return id;
}

/*
 * The resolution is one value, not separate status/decision/resolvedBy/resolvedAt keys: two
 * facilitators resolving concurrently then end with one whole resolution instead of one's name on
 * the other's decision, and a resolve concurrent with a reopen ends resolved (a set beats a
 * concurrent delete), never half-resolved. Resolving a resolved thread replaces its resolution.
 */
export function resolveThread(
  doc: Y.Doc,
  threadId: ThreadId,
  input: Resolution,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const by = parsePerson(input.by, 'resolver');
  const decision = parseOrThrow(decisionSchema, input.decision ?? '', 'invalid-input', 'decision');
  const at = parseNow(input.now);
  const thread = requireThread(doc, threadId);
  doc.transact(() => {
    thread.set('resolution', decision === '' ? { by, at } : { by, at, decision });
    if (input.map !== undefined) refreshAnchorSnapshot(thread, input.map);
  }, origin);
}

// A no-op (no transaction) when the thread is open.
export function reopenThread(doc: Y.Doc, threadId: ThreadId, origin: unknown = LOCAL_ORIGIN): void {
  const thread = requireThread(doc, threadId);
  if (!thread.has('resolution')) return;
  doc.transact(() => thread.delete('resolution'), origin);
}
