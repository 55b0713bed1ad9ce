// Judges a change of the discussion document as the server sees it: who may write, change and remove what.
import * as Y from 'yjs';
import { ANCHOR_SNAPSHOT_KEY } from './anchor-snapshot.ts';
import { parseReactionKey } from './comment-mutations.ts';
import { getThreads, getVotes } from './doc.ts';
import { timestampSchema } from './validate.ts';
import { parseVoteKey } from './votes.ts';

export const DISCUSSION_REFUSALS = [
  'discussion-not-author',
  'discussion-not-moderator',
  'discussion-immutable',
] as const;
export type DiscussionRefusalReason = (typeof DISCUSSION_REFUSALS)[number];
export type DiscussionRefusal = { reason: DiscussionRefusalReason; detail: string };

/** Who sends the change, as the server knows them from their credential (never from the document). */
export type DiscussionWriter = {
  id: string;
  name: string;
  /** The municipalities the person may show next to their name; none for a workshop guest. */
  orgs: readonly string[];
  /** Facilitators and admins: may change or reopen others' resolutions and take others' comments down. */
  moderator: boolean;
};

/** A timestamp may run this far ahead of the server's clock (clocks of office PCs drift). */
export const MAX_TIMESTAMP_AHEAD_MS = 15 * 60_000;
/** And lie this far back: a comment written offline arrives when its writer is back online. */
export const MAX_TIMESTAMP_AGE_MS = 14 * 24 * 60 * 60_000;

const COMMENT_TEXT_KEYS = new Set(['text', 'mentions', 'deleted', 'editedAt']);

/**
 * Applies `update` to `doc` and judges what it changed; undefined when the writer may make all of it. The document
 * is changed either way, so judge on a copy and throw it away after a refusal. An update that cannot be applied
 * completely (it builds on changes the document lacks) is refused: what it would add later cannot be judged now.
 */
export function applyAndJudgeDiscussionUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  writer: DiscussionWriter,
  now: number,
): DiscussionRefusal | undefined {
  // Typed before the update arrives: a root Yjs creates while applying is an untyped one, which the transaction
  // names and getMap would then replace by another object.
  getThreads(doc);
  getVotes(doc);
  const pendingBefore = pendingSize(doc);
  let verdict: DiscussionRefusal | undefined;
  // Judged inside the transaction's end, before Yjs collects what it deleted (a replaced value's content).
  const judge = (transaction: Y.Transaction) => (verdict = judgeTransaction(transaction, writer, now));
  doc.on('afterTransaction', judge);
  try {
    Y.applyUpdate(doc, update);
  } finally {
    doc.off('afterTransaction', judge);
  }
  if (verdict) return verdict;
  if (pendingSize(doc) > pendingBefore) {
    return refusal('discussion-immutable', 'the update builds on changes the server does not hold');
  }
  return undefined;
}

function pendingSize(doc: Y.Doc): number {
  const { pendingStructs, pendingDs } = doc.store;
  return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0);
}

const refusal = (reason: DiscussionRefusalReason, detail: string): DiscussionRefusal => ({ reason, detail });

/** A shared type of the document as a transaction names it. */
type SharedType = { readonly _item: Y.Item | null };

type Judge = {
  transaction: Y.Transaction;
  writer: DiscussionWriter;
  now: number;
};

function judgeTransaction(
  transaction: Y.Transaction,
  writer: DiscussionWriter,
  now: number,
): DiscussionRefusal | undefined {
  const judge: Judge = { transaction, writer, now };
  const threads = getThreads(transaction.doc);
  const votes = getVotes(transaction.doc);
  for (const [type, keys] of transaction.changed) {
    const verdict =
      (type as unknown) === threads
        ? firstRefusal(keys, (key) => judgeThreadEntry(judge, threads, key))
        : (type as unknown) === votes
          ? firstRefusal(keys, (key) => judgeVote(judge, key))
          : judgeNested(judge, type, keys, threads);
    if (verdict) return verdict;
  }
  return undefined;
}

function firstRefusal(
  keys: Set<string | null>,
  judgeKey: (key: string) => DiscussionRefusal | undefined,
): DiscussionRefusal | undefined {
  for (const key of keys) {
    const verdict = key === null ? refusal('discussion-immutable', 'not a keyed change') : judgeKey(key);
    if (verdict) return verdict;
  }
  return undefined;
}

/** A change inside a thread, a comment list, a comment or a reactions map; anything else is refused. */
function judgeNested(
  judge: Judge,
  type: SharedType,
  keys: Set<string | null>,
  threads: Y.Map<unknown>,
): DiscussionRefusal | undefined {
  const item = type._item;
  if (item === null) return refusal('discussion-immutable', 'writes outside threads and votes');
  const parent = item.parent as unknown as SharedType;
  if (type instanceof Y.Map && (parent as unknown) === threads) {
    return firstRefusal(keys, (key) => judgeThreadField(judge, type as unknown as Y.Map<unknown>, key));
  }
  const thread = threadOfComments(parent, threads);
  if (type instanceof Y.Array && item.parentSub === 'comments' && isThread(parent, threads)) {
    return judgeCommentList(judge, type as unknown as Y.Array<unknown>);
  }
  if (type instanceof Y.Map && thread) {
    return firstRefusal(keys, (key) => judgeCommentField(judge, type as unknown as Y.Map<unknown>, key));
  }
  const comment = parent instanceof Y.Map && parent._item !== null ? parent : undefined;
  if (type instanceof Y.Map && item.parentSub === 'reactions' && comment) {
    const list = comment._item?.parent as unknown as SharedType | undefined;
    if (list && threadOfComments(list, threads))
      return firstRefusal(keys, (key) => judgeReaction(judge, key));
  }
  return refusal('discussion-immutable', 'writes where the discussion keeps nothing');
}

function isThread(type: SharedType, threads: Y.Map<unknown>): boolean {
  return type instanceof Y.Map && type._item !== null && (type._item.parent as unknown) === threads;
}

/** The thread whose comment list `list` is, if it is one. */
function threadOfComments(list: SharedType, threads: Y.Map<unknown>): Y.Map<unknown> | undefined {
  if (!(list instanceof Y.Array) || list._item === null || list._item.parentSub !== 'comments')
    return undefined;
  const thread = list._item.parent as unknown as SharedType;
  return isThread(thread, threads) ? (thread as unknown as Y.Map<unknown>) : undefined;
}

// ---- what a key of a map held before the change and holds after it

type KeyChange = { before: Y.Item | undefined; after: Y.Item | undefined };

const isNew = ({ transaction }: Judge, item: Y.Item): boolean =>
  item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);

function keyChange(judge: Judge, map: Y.Map<unknown>, key: string): KeyChange {
  const current = map._map.get(key);
  let before = current;
  while (before && isNew(judge, before)) before = before.left ?? undefined;
  const aliveBefore =
    before !== undefined && (!before.deleted || Y.isDeleted(judge.transaction.deleteSet, before.id));
  return {
    before: aliveBefore ? before : undefined,
    after: current && !current.deleted ? current : undefined,
  };
}

const valueOf = (item: Y.Item | undefined): unknown => {
  if (!item) return undefined;
  const content = item.content.getContent();
  return content[content.length - 1];
};

// ---- checks of what a writer claims

function isWriter({ writer }: Judge, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name, org } = value as Record<string, unknown>;
  if (id !== writer.id || typeof name !== 'string' || name.trim() !== writer.name.trim()) return false;
  return org === undefined || (typeof org === 'string' && writer.orgs.includes(org.trim()));
}

function isAcceptableTime({ now }: Judge, value: unknown): boolean {
  if (!timestampSchema.safeParse(value).success) return false;
  const at = Date.parse(value as string);
  return at <= now + MAX_TIMESTAMP_AHEAD_MS && at >= now - MAX_TIMESTAMP_AGE_MS;
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function personIdOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
}

// ---- threads

function judgeThreadEntry(judge: Judge, threads: Y.Map<unknown>, key: string): DiscussionRefusal | undefined {
  const { before, after } = keyChange(judge, threads, key);
  if (before && before !== after) return refusal('discussion-immutable', `removes or replaces thread ${key}`);
  if (!after || !isNew(judge, after)) return undefined;
  const thread = valueOf(after);
  if (!(thread instanceof Y.Map)) return refusal('discussion-immutable', `thread ${key} is not a thread`);
  return judgeNewThread(judge, thread as Y.Map<unknown>);
}

/** A thread written in this change: everything in it is the writer's. */
function judgeNewThread(judge: Judge, thread: Y.Map<unknown>): DiscussionRefusal | undefined {
  if (!isWriter(judge, thread.get('createdBy'))) {
    return refusal('discussion-not-author', 'opens a thread in another person’s name');
  }
  if (!isAcceptableTime(judge, thread.get('createdAt'))) {
    return refusal('discussion-immutable', 'a thread’s creation time is not now');
  }
  const resolution = thread.get('resolution');
  if (resolution !== undefined) {
    const verdict = judgeNewResolution(judge, resolution);
    if (verdict) return verdict;
  }
  const comments = thread.get('comments');
  if (!(comments instanceof Y.Array)) return undefined;
  for (const comment of comments as Y.Array<unknown>) {
    const verdict = judgeNewComment(judge, comment);
    if (verdict) return verdict;
  }
  return undefined;
}

function judgeThreadField(judge: Judge, thread: Y.Map<unknown>, key: string): DiscussionRefusal | undefined {
  if (key === ANCHOR_SNAPSHOT_KEY) return undefined; // what the element is called, refreshed by whoever writes there
  if (key !== 'resolution') return refusal('discussion-immutable', `changes a thread’s ${key}`);
  const { before, after } = keyChange(judge, thread, key);
  if (before === after) return undefined;
  if (before) {
    const resolver = personIdOf(fieldOf(valueOf(before), 'by'));
    if (!judge.writer.moderator && resolver !== judge.writer.id) {
      return refusal(
        'discussion-not-moderator',
        'changes or reopens another person’s resolution; only facilitators and admins may',
      );
    }
  }
  return after ? judgeNewResolution(judge, valueOf(after)) : undefined;
}

function judgeNewResolution(judge: Judge, resolution: unknown): DiscussionRefusal | undefined {
  const { by, at } = (typeof resolution === 'object' && resolution !== null ? resolution : {}) as {
    by?: unknown;
    at?: unknown;
  };
  if (!isWriter(judge, by)) return refusal('discussion-not-author', 'resolves in another person’s name');
  if (!isAcceptableTime(judge, at)) return refusal('discussion-immutable', 'a resolution’s time is not now');
  return undefined;
}

// ---- comments

function judgeCommentList(judge: Judge, comments: Y.Array<unknown>): DiscussionRefusal | undefined {
  for (let item = comments._start; item !== null; item = item.right) {
    if (!isNew(judge, item)) {
      if (item.deleted && Y.isDeleted(judge.transaction.deleteSet, item.id)) {
        return refusal('discussion-immutable', 'removes a comment (comments are only marked deleted)');
      }
      continue;
    }
    if (item.deleted) continue;
    for (const comment of item.content.getContent()) {
      const verdict = judgeNewComment(judge, comment);
      if (verdict) return verdict;
    }
  }
  return undefined;
}

function judgeNewComment(judge: Judge, comment: unknown): DiscussionRefusal | undefined {
  if (!(comment instanceof Y.Map)) return refusal('discussion-immutable', 'a comment that is not a comment');
  const map = comment as Y.Map<unknown>;
  if (!isWriter(judge, map.get('author'))) {
    return refusal('discussion-not-author', 'writes a comment in another person’s name');
  }
  if (!isAcceptableTime(judge, map.get('createdAt'))) {
    return refusal('discussion-immutable', 'a comment’s creation time is not now');
  }
  const editedAt = map.get('editedAt');
  if (editedAt !== undefined && !isAcceptableTime(judge, editedAt)) {
    return refusal('discussion-immutable', 'a comment’s edit time is not now');
  }
  const reactions = map.get('reactions');
  if (reactions instanceof Y.Map) {
    for (const key of (reactions as Y.Map<unknown>).keys()) {
      const verdict = judgeReaction(judge, key);
      if (verdict) return verdict;
    }
  }
  return undefined;
}

function judgeCommentField(
  judge: Judge,
  comment: Y.Map<unknown>,
  key: string,
): DiscussionRefusal | undefined {
  const own = personIdOf(comment.get('author')) === judge.writer.id;
  if (key === 'reactions') return judgeReactionsReplaced(judge, comment);
  if (!COMMENT_TEXT_KEYS.has(key)) return refusal('discussion-immutable', `changes a comment’s ${key}`);
  if (own) {
    const { after } = keyChange(judge, comment, key);
    if (key === 'editedAt' && after && !isAcceptableTime(judge, valueOf(after))) {
      return refusal('discussion-immutable', 'a comment’s edit time is not now');
    }
    return undefined;
  }
  // A facilitator or admin may take another person's comment down, as the author could: never rewrite it.
  if (judge.writer.moderator && isTakenDown(comment) && key !== 'editedAt') return undefined;
  return refusal('discussion-not-author', 'changes another person’s comment');
}

function isTakenDown(comment: Y.Map<unknown>): boolean {
  const mentions = comment.get('mentions');
  return (
    comment.get('deleted') === true &&
    comment.get('text') === '' &&
    Array.isArray(mentions) &&
    mentions.length === 0
  );
}

/** Only a comment written without a reactions map (foreign or damaged data) may get one, holding the writer's. */
function judgeReactionsReplaced(judge: Judge, comment: Y.Map<unknown>): DiscussionRefusal | undefined {
  const { before, after } = keyChange(judge, comment, 'reactions');
  if (before instanceof Y.Item && valueOf(before) instanceof Y.Map) {
    return refusal('discussion-immutable', 'replaces a comment’s reactions');
  }
  const reactions = valueOf(after);
  if (!(reactions instanceof Y.Map)) return undefined;
  for (const key of (reactions as Y.Map<unknown>).keys()) {
    const verdict = judgeReaction(judge, key);
    if (verdict) return verdict;
  }
  return undefined;
}

function judgeReaction({ writer }: Judge, key: string): DiscussionRefusal | undefined {
  return parseReactionKey(key)?.personId === writer.id
    ? undefined
    : refusal('discussion-not-author', 'reacts in another person’s name');
}

// ---- votes

function judgeVote({ writer }: Judge, key: string): DiscussionRefusal | undefined {
  return parseVoteKey(key)?.personId === writer.id
    ? undefined
    : refusal('discussion-not-author', 'votes in another person’s name');
}
