// Dot voting in the discussion doc: cast and retract a participant's dots within their round's limit.
import type * as Y from 'yjs';
import { ProcessModelError } from '../errors.ts';
import type { NodeId } from '../ids.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { idSchema, parseOrThrow } from '../validate.ts';
import { getVotes } from './doc.ts';
import type { Discussion, Person } from './schema.ts';
import { personIdSchema } from './validate.ts';

// What a vote needs from the round (the session doc's `votingRound` has this shape).
export interface VoteRound {
  id: string;
  open: boolean;
  votesPerParticipant: number;
}

export interface VoteInput {
  round: VoteRound;
  targetId: NodeId;
  by: Pick<Person, 'id'>;
  /**
   * The elements that still exist. Dots on an element deleted (or merged away) during the round cannot be taken
   * back, so with this they no longer count against the person's limit.
   */
  liveTargets?: ReadonlySet<string>;
}

/*
 * Each (round, person, target, writing document) is its own key in the flat `votes` map, holding
 * the dots that person gave that target from one browser tab (the Y.Doc's client id). Only that
 * tab writes it, so concurrent votes never conflict: not by many participants, and not by one
 * person voting from the laptop and the projector tab at once (a shared counter would merge 1 + 1
 * to 1). A nested map per round or target would be created by whoever votes first, and two first
 * voters would each create one and lose the other's dots. JSON keeps the ids apart whatever
 * characters they contain. Keys of three parts (no writer) come from before and still count.
 */
export function voteKey(roundId: string, personId: string, targetId: string, writer?: number): string {
  return JSON.stringify(
    writer === undefined ? [roundId, personId, targetId] : [roundId, personId, targetId, String(writer)],
  );
}

export function parseVoteKey(
  key: string,
): { roundId: string; personId: string; targetId: string; writer?: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    return undefined; // not a vote written by this code; readers skip it
  }
  if (
    !Array.isArray(parsed) ||
    (parsed.length !== 3 && parsed.length !== 4) ||
    !parsed.every((part) => typeof part === 'string')
  ) {
    return undefined;
  }
  const [roundId, personId, targetId, writer] = parsed as [string, string, string, string?];
  return writer === undefined ? { roundId, personId, targetId } : { roundId, personId, targetId, writer };
}

// A stored count is valid when it is a positive integer; anything else counts as no dots.
export function readVoteCount(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
}

// Returns the dots the person has left in the round. Several dots on one target are allowed.
export function castVote(doc: Y.Doc, input: VoteInput, origin: unknown = LOCAL_ORIGIN): number {
  const { round, roundId, targetId, personId } = parseVoteInput(input);
  const key = voteKey(roundId, personId, targetId, doc.clientID);
  const votes = getVotes(doc);
  const used = dotsUsed(votes, round.id, personId, input.liveTargets);
  if (used >= round.votesPerParticipant) {
    throw new ProcessModelError(
      'vote-limit',
      `all ${round.votesPerParticipant} votes of this round are used`,
    );
  }
  doc.transact(() => votes.set(key, readVoteCount(votes.get(key)) + 1), origin);
  return round.votesPerParticipant - used - 1;
}

// Takes one of the person's dots off the target; a no-op (no transaction) when there is none.
export function retractVote(doc: Y.Doc, input: VoteInput, origin: unknown = LOCAL_ORIGIN): number {
  const { round, roundId, targetId, personId } = parseVoteInput(input);
  const votes = getVotes(doc);
  const own = voteKey(roundId, personId, targetId, doc.clientID);
  const key = keysWithDots(votes, own, roundId, personId, targetId)[0];
  if (key !== undefined) {
    const count = readVoteCount(votes.get(key));
    doc.transact(() => (count === 1 ? votes.delete(key) : votes.set(key, count - 1)), origin);
  }
  return Math.max(0, round.votesPerParticipant - dotsUsed(votes, round.id, personId, input.liveTargets));
}

// For the UI: how many dots the person can still give in the round.
export function remainingVotes(
  discussion: Discussion,
  round: VoteRound,
  personId: string,
  liveTargets?: ReadonlySet<string>,
): number {
  let used = 0;
  for (const vote of discussion.votes) {
    if (vote.roundId !== round.id || vote.personId !== personId) continue;
    if (liveTargets && !liveTargets.has(vote.targetId)) continue;
    used += vote.count;
  }
  return Math.max(0, round.votesPerParticipant - used);
}

function parseVoteInput(input: VoteInput): {
  round: VoteRound;
  roundId: string;
  targetId: string;
  personId: string;
} {
  const { round } = input;
  if (!round.open) throw new ProcessModelError('voting-closed', `voting round ${round.id} is closed`);
  const roundId = parseOrThrow(idSchema, round.id, 'invalid-input', 'round id');
  const targetId = parseOrThrow(idSchema, input.targetId, 'invalid-input', 'target id');
  const personId = parseOrThrow(personIdSchema, input.by.id, 'invalid-input', 'person id');
  return { round, roundId, targetId, personId };
}

// The keys holding this person's dots on this target, this tab's own first (taking back its own dot conflicts with nobody).
function keysWithDots(
  votes: Y.Map<unknown>,
  own: string,
  roundId: string,
  personId: string,
  targetId: string,
) {
  const keys: string[] = [];
  for (const [key, value] of votes.entries()) {
    const parsed = parseVoteKey(key);
    if (parsed?.roundId !== roundId || parsed.personId !== personId || parsed.targetId !== targetId) continue;
    if (readVoteCount(value) > 0) keys.push(key);
  }
  return keys.sort((a, b) => Number(b === own) - Number(a === own));
}

function dotsUsed(
  votes: Y.Map<unknown>,
  roundId: string,
  personId: string,
  liveTargets?: ReadonlySet<string>,
): number {
  let used = 0;
  for (const [key, value] of votes.entries()) {
    const parsed = parseVoteKey(key);
    if (parsed?.roundId !== roundId || parsed.personId !== personId) continue;
    if (liveTargets && !liveTargets.has(parsed.targetId)) continue;
    used += readVoteCount(value);
  }
  return used;
}
