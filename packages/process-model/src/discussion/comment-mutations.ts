// Mutations of comments: reply, edit and soft-delete one's own comment, toggle a reaction.
import * as Y from 'yjs';
import { ProcessModelError } from '../errors.ts';
import { setField } from '../fields.ts';
import { newId } from '../ids.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { parseOrThrow } from '../validate.ts';
import type { AnchorMap } from './anchor.ts';
import { refreshAnchorSnapshot } from './anchor-snapshot.ts';
import { getComments, requireComment, requireThread } from './doc.ts';
import { asCommentId } from './schema.ts';
import type { CommentId, Person, ThreadId } from './schema.ts';
import {
  commentTextSchema,
  emojiSchema,
  parseMentionIds,
  parseNow,
  parsePerson,
  personIdSchema,
} from './validate.ts';

export interface NewReply {
  author: Person;
  text: string;
  mentions?: readonly string[];
  now?: number;
  // The map as the writer sees it, to refresh what the thread remembers of its element (anchor-snapshot.ts).
  map?: AnchorMap;
}

// `mentions` undefined keeps the comment's mentions, an array replaces them.
export interface CommentEdit {
  by: Pick<Person, 'id'>;
  text: string;
  mentions?: readonly string[];
  now?: number;
}

export interface ReactionToggle {
  by: Pick<Person, 'id'>;
  emoji: string;
}

// The stored form of a comment; its reactions map exists from the start (see doc.ts for why).
export function createCommentMap(
  id: CommentId,
  author: Person,
  text: string,
  mentions: readonly string[],
  createdAt: string,
): Y.Map<unknown> {
  const comment = new Y.Map<unknown>();
  comment.set('id', id);
  comment.set('author', author);
  comment.set('text', text);
  comment.set('createdAt', createdAt);
  comment.set('mentions', [...mentions]);
  comment.set('reactions', new Y.Map<unknown>());
  return comment;
}

// Appended at the end, so replies keep the order in which they were written, also across peers.
export function reply(
  doc: Y.Doc,
  threadId: ThreadId,
  input: NewReply,
  origin: unknown = LOCAL_ORIGIN,
): CommentId {
  const author = parsePerson(input.author, 'author');
  const text = parseOrThrow(commentTextSchema, input.text, 'invalid-input', 'text');
  const mentions = parseMentionIds(input.mentions);
  const createdAt = parseNow(input.now);
  const thread = requireThread(doc, threadId);
  const comments = getComments(thread);
  if (comments === undefined) {
    throw new ProcessModelError('unknown-thread', `thread ${threadId} has no comment list`);
  }
  const id = asCommentId(newId());
  doc.transact(() => {
    comments.push([createCommentMap(id, author, text, mentions, createdAt)]);
    if (input.map !== undefined) refreshAnchorSnapshot(thread, input.map);
  }, origin);
  return id;
}

export function editComment(
  doc: Y.Doc,
  threadId: ThreadId,
  commentId: CommentId,
  input: CommentEdit,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const text = parseOrThrow(commentTextSchema, input.text, 'invalid-input', 'text');
  const mentions = input.mentions === undefined ? undefined : parseMentionIds(input.mentions);
  const editedAt = parseNow(input.now);
  const comment = requireOwnComment(doc, threadId, commentId, input.by);
  if (comment.get('deleted') === true) {
    throw new ProcessModelError('comment-deleted', `comment ${commentId} was deleted`);
  }
  doc.transact(() => {
    setField(comment, 'text', text);
    if (mentions !== undefined) comment.set('mentions', mentions);
    setField(comment, 'editedAt', editedAt);
  }, origin);
}

// Soft delete: the comment keeps its place (replies may refer to it), its text and mentions go.
// A no-op (no transaction) when it is already deleted.
export function deleteComment(
  doc: Y.Doc,
  threadId: ThreadId,
  commentId: CommentId,
  by: Pick<Person, 'id'>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const comment = requireOwnComment(doc, threadId, commentId, by);
  if (comment.get('deleted') === true) return;
  doc.transact(() => {
    comment.set('deleted', true);
    comment.set('text', '');
    comment.set('mentions', []);
  }, origin);
}

/*
 * Returns whether the person now reacts with the emoji. Each (emoji, person) pair is its own key
 * holding `true`, not a counter and not a nested map per emoji: two people reacting concurrently
 * write different keys and both count, one person toggling on two devices ends with one answer,
 * and no peer ever creates a nested map that a concurrent peer's map would replace.
 */
export function toggleReaction(
  doc: Y.Doc,
  threadId: ThreadId,
  commentId: CommentId,
  input: ReactionToggle,
  origin: unknown = LOCAL_ORIGIN,
): boolean {
  const emoji = parseOrThrow(emojiSchema, input.emoji, 'invalid-input', 'emoji');
  const personId = parseOrThrow(personIdSchema, input.by.id, 'invalid-input', 'person id');
  const comment = requireComment(doc, threadId, commentId);
  if (comment.get('deleted') === true) {
    throw new ProcessModelError('comment-deleted', `comment ${commentId} was deleted`);
  }
  const key = reactionKey(emoji, personId);
  const reacted = !(getReactions(comment)?.get(key) === true);
  doc.transact(() => {
    let reactions = getReactions(comment);
    if (reactions === undefined) {
      // Only for comments written without a reactions map (foreign or damaged data).
      reactions = new Y.Map<unknown>();
      comment.set('reactions', reactions);
    }
    if (reacted) reactions.set(key, true);
    else reactions.delete(key);
  }, origin);
  return reacted;
}

// The emoji has no whitespace (emojiSchema), so the first space separates it from the person id.
export function reactionKey(emoji: string, personId: string): string {
  return `${emoji} ${personId}`;
}

export function parseReactionKey(key: string): { emoji: string; personId: string } | undefined {
  const space = key.indexOf(' ');
  if (space <= 0 || space === key.length - 1) return undefined;
  return { emoji: key.slice(0, space), personId: key.slice(space + 1) };
}

function getReactions(comment: Y.Map<unknown>): Y.Map<unknown> | undefined {
  const reactions = comment.get('reactions');
  return reactions instanceof Y.Map ? (reactions as Y.Map<unknown>) : undefined;
}

function requireOwnComment(
  doc: Y.Doc,
  threadId: ThreadId,
  commentId: CommentId,
  by: Pick<Person, 'id'>,
): Y.Map<unknown> {
  const comment = requireComment(doc, threadId, commentId);
  const author = comment.get('author');
  const authorId =
    typeof author === 'object' && author !== null ? (author as { id?: unknown }).id : undefined;
  if (authorId !== by.id) {
    throw new ProcessModelError('not-author', `only the author may change comment ${commentId}`);
  }
  return comment;
}
