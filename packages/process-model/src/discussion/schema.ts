// Plain data types, branded ids and limits of the discussion document (threads, comments, reactions, votes).
import type { NodeId } from '../ids.ts';
import type { ReadNodeKind } from '../schema.ts';

export type ThreadId = string & { readonly __brand: 'ThreadId' };
export type CommentId = string & { readonly __brand: 'CommentId' };
export type RoundId = string & { readonly __brand: 'RoundId' };

// Brands a string that already came from a trusted place (the document, a validated input).
export const asThreadId = (id: string): ThreadId => id as ThreadId;
export const asCommentId = (id: string): CommentId => id as CommentId;
export const asRoundId = (id: string): RoundId => id as RoundId;

export const ANCHOR_TYPES = ['node', 'edge', 'point'] as const;
export const THREAD_STATUSES = ['open', 'resolved'] as const;
export const THREAD_FILTERS = ['open', 'resolved', 'mine', 'mentioningMe'] as const;

export type AnchorType = (typeof ANCHOR_TYPES)[number];
export type ThreadStatus = (typeof THREAD_STATUSES)[number];
export type ThreadFilter = (typeof THREAD_FILTERS)[number];

export const MAX_COMMENT_LENGTH = 10_000;
export const MAX_DECISION_LENGTH = 10_000;
export const MAX_PERSON_ID_LENGTH = 128;
export const MAX_PERSON_NAME_LENGTH = 200;
export const MAX_MENTIONS = 50;
export const MAX_EMOJI_LENGTH = 32;
export const MAX_VOTES_PER_PARTICIPANT = 100;

// A member or workshop guest as shown next to what they wrote; `id` is the server's user or guest id.
export interface Person {
  id: string;
  name: string;
  org?: string;
}

// What a thread is about: an element of the map by id, or a free point on the canvas.
export type ThreadAnchor =
  { type: 'node'; id: string } | { type: 'edge'; id: string } | { type: 'point'; x: number; y: number };

/*
 * What a thread's node or edge was called when someone last wrote in the thread, kept on the
 * thread so that a deleted element can still be named ("Gelöschte Tätigkeit „Antrag prüfen“").
 * Labels are trimmed; an edge is named by its own label and the labels of the nodes it joined.
 */
export type AnchorSnapshot =
  | { type: 'node'; kind: ReadNodeKind; label: string }
  | { type: 'edge'; label: string; from: string; to: string };

export interface Reaction {
  emoji: string;
  personIds: string[];
}

export interface DiscussionComment {
  id: CommentId;
  author: Person;
  text: string;
  createdAt: string;
  editedAt?: string;
  // A deleted comment keeps its place in the thread with empty text, no mentions and no reactions.
  deleted: boolean;
  mentions: string[];
  reactions: Reaction[];
}

export interface DiscussionThread {
  id: ThreadId;
  anchor: ThreadAnchor;
  // Absent for point anchors, for threads written before snapshots existed, and when the element was already gone.
  anchorSnapshot?: AnchorSnapshot;
  createdBy: Person;
  createdAt: string;
  status: ThreadStatus;
  decision?: string;
  resolvedBy?: Person;
  resolvedAt?: string;
  // In the order they were written (causal order), the thread's opening comment first.
  comments: DiscussionComment[];
}

// One participant's dots on one target in one voting round.
export interface Vote {
  roundId: RoundId;
  targetId: NodeId;
  personId: string;
  count: number;
}

// Threads sorted by createdAt then id, votes by round, target and person, so equal docs read equal.
export interface Discussion {
  threads: DiscussionThread[];
  votes: Vote[];
}
