// Public API of the discussion document: threads, comments, reactions and dot votes of a process.
export {
  ANCHOR_TYPES,
  MAX_COMMENT_LENGTH,
  MAX_DECISION_LENGTH,
  MAX_EMOJI_LENGTH,
  MAX_MENTIONS,
  MAX_PERSON_ID_LENGTH,
  MAX_PERSON_NAME_LENGTH,
  MAX_VOTES_PER_PARTICIPANT,
  THREAD_FILTERS,
  THREAD_STATUSES,
  asCommentId,
  asRoundId,
  asThreadId,
} from './schema.ts';
export type {
  AnchorSnapshot,
  AnchorType,
  CommentId,
  Discussion,
  DiscussionComment,
  DiscussionThread,
  Person,
  Reaction,
  RoundId,
  ThreadAnchor,
  ThreadFilter,
  ThreadId,
  ThreadStatus,
  Vote,
} from './schema.ts';
export { anchorSchema, personSchema } from './validate.ts';
export { THREADS_KEY, VOTES_KEY, createDiscussionDoc, getThreads, getVotes } from './doc.ts';
export { createThread, reopenThread, resolveThread } from './thread-mutations.ts';
export type { NewThread, Resolution } from './thread-mutations.ts';
export { deleteComment, editComment, reply, toggleReaction } from './comment-mutations.ts';
export type { CommentEdit, NewReply, ReactionToggle } from './comment-mutations.ts';
export { castVote, remainingVotes, retractVote } from './votes.ts';
export type { VoteInput, VoteRound } from './votes.ts';
export { readDiscussion } from './read.ts';
export {
  filterThreads,
  isUnreadComment,
  orphanedThreads,
  threadFilterCounts,
  threadViews,
  threadsForElement,
  unreadSummary,
} from './queries.ts';
export type { ThreadFilterCounts, ThreadView, UnreadSummary } from './queries.ts';
export { parseMentions } from './mentions.ts';
export type { Mentionable } from './mentions.ts';
export { describeAnchor } from './anchor.ts';
export type { AnchorDescription, AnchorMap } from './anchor.ts';
export { decisionLogMarkdown } from './decision-log.ts';
export type { DecisionLogOptions } from './decision-log.ts';
export {
  mentionToken,
  pseudonymiseDiscussion,
  revealDiscussion,
  tokenisePeopleInText,
} from './pseudonymise.ts';
export type { NamedPerson } from './pseudonymise.ts';
export {
  DISCUSSION_REFUSALS,
  MAX_TIMESTAMP_AGE_MS,
  MAX_TIMESTAMP_AHEAD_MS,
  applyAndJudgeDiscussionUpdate,
} from './guard.ts';
export type { DiscussionRefusal, DiscussionRefusalReason, DiscussionWriter } from './guard.ts';
export { peopleNamedIn, withKnownPeople } from './known-people.ts';
export type { KnownPerson } from './known-people.ts';
