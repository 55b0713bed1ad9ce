// A facilitator opens and closes a dot-voting round; the votes themselves live in the discussion doc.
import type * as Y from 'yjs';
import { newId } from '../ids.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { parseOrThrow } from '../validate.ts';
import { asRoundId } from '../discussion/schema.ts';
import type { RoundId } from '../discussion/schema.ts';
import { parseNow } from '../discussion/validate.ts';
import { VOTING_ROUND_KEY, getWorkshop } from './doc.ts';
import { readSession } from './read.ts';
import type { VotingRound } from './schema.ts';
import { roundTitleSchema, votesPerParticipantSchema } from './validate.ts';

export interface VotingRoundStart {
  votesPerParticipant: number;
  // Blank or missing means a round without a title.
  title?: string;
  now?: number;
}

// A new round with a new id replaces the current one, open or not; earlier rounds' votes stay
// in the discussion doc under their own round id.
export function openVotingRound(
  doc: Y.Doc,
  input: VotingRoundStart,
  origin: unknown = LOCAL_ORIGIN,
): RoundId {
  const votesPerParticipant = parseOrThrow(
    votesPerParticipantSchema,
    input.votesPerParticipant,
    'invalid-input',
    'votes per participant',
  );
  const title = input.title?.trim()
    ? parseOrThrow(roundTitleSchema, input.title, 'invalid-input', 'round title')
    : undefined;
  const round: VotingRound = {
    id: asRoundId(newId()),
    ...(title === undefined ? {} : { title }),
    open: true,
    votesPerParticipant,
    targets: 'notes+activities',
    openedAt: parseNow(input.now),
  };
  doc.transact(() => getWorkshop(doc).set(VOTING_ROUND_KEY, round), origin);
  return round.id;
}

// A no-op (no transaction) when there is no round or it is already closed.
export function closeVotingRound(
  doc: Y.Doc,
  now?: number,
  origin: unknown = LOCAL_ORIGIN,
): VotingRound | undefined {
  const round = readSession(doc).votingRound;
  if (round === undefined || !round.open) return round;
  const closed: VotingRound = { ...round, open: false, closedAt: parseNow(now) };
  doc.transact(() => getWorkshop(doc).set(VOTING_ROUND_KEY, closed), origin);
  return closed;
}

/*
 * Takes a closed round's result off everyone's map (its dots on the cards and the ranked list), so
 * it does not linger into later work; the votes stay in the discussion doc under the round's id.
 * A no-op (no transaction) while the round is open or when there is none.
 */
export function clearVotingRound(doc: Y.Doc, origin: unknown = LOCAL_ORIGIN): boolean {
  const round = readSession(doc).votingRound;
  if (round === undefined || round.open) return false;
  doc.transact(() => getWorkshop(doc).delete(VOTING_ROUND_KEY), origin);
  return true;
}
