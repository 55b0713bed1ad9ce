// Reads the discussion Y.Doc into plain, sorted data, tolerating anything a concurrent or foreign edit left.
import * as Y from 'yjs';
import { asNodeId } from '../ids.ts';
import { idSchema } from '../validate.ts';
import { readAnchorSnapshot, ANCHOR_SNAPSHOT_KEY } from './anchor-snapshot.ts';
import { parseReactionKey } from './comment-mutations.ts';
import { getThreads, getVotes } from './doc.ts';
import {
  MAX_COMMENT_LENGTH,
  MAX_DECISION_LENGTH,
  MAX_MENTIONS,
  asCommentId,
  asRoundId,
  asThreadId,
} from './schema.ts';
import type { Discussion, DiscussionComment, DiscussionThread, Person, Reaction, Vote } from './schema.ts';
import {
  anchorSchema,
  emojiSchema,
  personIdSchema,
  readPerson,
  readSealedPerson,
  readTimestamp,
  timeOf,
} from './validate.ts';

type PersonReader = (value: unknown) => Person | undefined;
import { parseVoteKey, readVoteCount } from './votes.ts';

const EPOCH = new Date(0).toISOString();
const UNKNOWN_PERSON: Person = { id: '', name: '' };

/*
 * Never throws. Entries that are not Y.Maps or whose key is not a valid id are skipped, and so
 * are comments without an id; other bad fields fall back so the thread stays readable: an invalid
 * anchor becomes the canvas origin, an unknown author has empty id and name, a bad timestamp is
 * the epoch, over-long texts are cut. A deleted comment reads with empty text, mentions and
 * reactions whatever a concurrent edit wrote.
 */
export function readDiscussion(doc: Y.Doc, options: { sealed?: boolean } = {}): Discussion {
  // A sealed version's discussion keeps people by id alone (see pseudonymise.ts).
  const person: PersonReader = options.sealed ? readSealedPerson : readPerson;
  const threads: DiscussionThread[] = [];
  for (const [id, value] of getThreads(doc).entries()) {
    if (value instanceof Y.Map && idSchema.safeParse(id).success) {
      threads.push(readThread(id, value as Y.Map<unknown>, person));
    }
  }
  threads.sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt) || compareStrings(a.id, b.id));
  return { threads, votes: readVotes(getVotes(doc)) };
}

function readThread(id: string, map: Y.Map<unknown>, person: PersonReader): DiscussionThread {
  const anchor = anchorSchema.safeParse(map.get('anchor'));
  const thread: DiscussionThread = {
    id: asThreadId(id),
    anchor: anchor.success ? anchor.data : { type: 'point', x: 0, y: 0 },
    createdBy: person(map.get('createdBy')) ?? UNKNOWN_PERSON,
    createdAt: readTimestamp(map.get('createdAt')) ?? EPOCH,
    status: 'open',
    comments: readComments(map.get('comments'), person),
  };
  const snapshot = readAnchorSnapshot(map.get(ANCHOR_SNAPSHOT_KEY), thread.anchor);
  if (snapshot !== undefined) thread.anchorSnapshot = snapshot;
  const resolution = readResolution(map.get('resolution'), person);
  if (resolution === undefined) return thread;
  thread.status = 'resolved';
  thread.resolvedBy = resolution.by;
  thread.resolvedAt = resolution.at;
  if (resolution.decision !== undefined) thread.decision = resolution.decision;
  return thread;
}

// A resolution without a readable person or time still resolves the thread; only its details fall back.
function readResolution(
  value: unknown,
  person: PersonReader,
): { by: Person; at: string; decision?: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields = value as Record<string, unknown>;
  const decision = typeof fields.decision === 'string' ? fields.decision.slice(0, MAX_DECISION_LENGTH) : '';
  const resolution = { by: person(fields.by) ?? UNKNOWN_PERSON, at: readTimestamp(fields.at) ?? EPOCH };
  return decision === '' ? resolution : { ...resolution, decision };
}

function readComments(value: unknown, person: PersonReader): DiscussionComment[] {
  if (!(value instanceof Y.Array)) return [];
  const comments: DiscussionComment[] = [];
  const seen = new Set<string>();
  for (const item of value.toArray()) {
    if (!(item instanceof Y.Map)) continue;
    const comment = readComment(item as Y.Map<unknown>, person);
    // A duplicate id (only from foreign data) would make edits ambiguous; the first one counts.
    if (comment === undefined || seen.has(comment.id)) continue;
    seen.add(comment.id);
    comments.push(comment);
  }
  return comments;
}

function readComment(map: Y.Map<unknown>, person: PersonReader): DiscussionComment | undefined {
  const id = map.get('id');
  if (typeof id !== 'string' || !idSchema.safeParse(id).success) return undefined;
  const deleted = map.get('deleted') === true;
  const text = map.get('text');
  const comment: DiscussionComment = {
    id: asCommentId(id),
    author: person(map.get('author')) ?? UNKNOWN_PERSON,
    text: !deleted && typeof text === 'string' ? text.slice(0, MAX_COMMENT_LENGTH) : '',
    createdAt: readTimestamp(map.get('createdAt')) ?? EPOCH,
    deleted,
    mentions: deleted ? [] : readMentions(map.get('mentions')),
    reactions: deleted ? [] : readReactions(map.get('reactions')),
  };
  const editedAt = readTimestamp(map.get('editedAt'));
  if (editedAt !== undefined) comment.editedAt = editedAt;
  return comment;
}

function readMentions(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const ids = value.filter((id): id is string => personIdSchema.safeParse(id).success);
  return [...new Set(ids)].slice(0, MAX_MENTIONS);
}

// Grouped by emoji, both sorted, so equal docs read equal.
function readReactions(value: unknown): Reaction[] {
  if (!(value instanceof Y.Map)) return [];
  const byEmoji = new Map<string, string[]>();
  for (const [key, reacted] of (value as Y.Map<unknown>).entries()) {
    const parsed = reacted === true ? parseReactionKey(key) : undefined;
    if (parsed === undefined || !emojiSchema.safeParse(parsed.emoji).success) continue;
    if (!personIdSchema.safeParse(parsed.personId).success) continue;
    const personIds = byEmoji.get(parsed.emoji) ?? [];
    personIds.push(parsed.personId);
    byEmoji.set(parsed.emoji, personIds);
  }
  return [...byEmoji]
    .map(([emoji, personIds]) => ({ emoji, personIds: personIds.sort(compareStrings) }))
    .sort((a, b) => compareStrings(a.emoji, b.emoji));
}

// One entry per (round, target, person), however many tabs the person voted from.
function readVotes(votes: Y.Map<unknown>): Vote[] {
  const byVoter = new Map<string, Vote>();
  for (const [key, value] of votes.entries()) {
    const parsed = parseVoteKey(key);
    const count = readVoteCount(value);
    if (parsed === undefined || count === 0) continue;
    const { roundId, personId, targetId } = parsed;
    if (!idSchema.safeParse(roundId).success || !idSchema.safeParse(targetId).success) continue;
    if (!personIdSchema.safeParse(personId).success) continue;
    const id = JSON.stringify([roundId, personId, targetId]);
    const known = byVoter.get(id);
    if (known) known.count += count;
    else byVoter.set(id, { roundId: asRoundId(roundId), targetId: asNodeId(targetId), personId, count });
  }
  return [...byVoter.values()].sort(
    (a, b) =>
      compareStrings(a.roundId, b.roundId) ||
      compareStrings(a.targetId, b.targetId) ||
      compareStrings(a.personId, b.personId),
  );
}

// Plain code-unit comparison, not localeCompare: the order must not depend on the reader's locale.
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
