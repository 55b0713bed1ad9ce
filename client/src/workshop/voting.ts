// Dot voting as each browser sees it: the round from the session doc, the votes from the discussion doc.
import { useMemo } from 'react';
import {
  remainingVotes,
  votingResults,
  type Discussion,
  type VotingResult,
  type VotingRound,
} from '@prozesswerk/process-model';
import { useBoardState } from '../board/store/context.tsx';
import { useDocState, useMayWrite, useProcess } from '../sync/process-context.tsx';
import { useWorkshopState } from './session-state.ts';

/** What a person may vote on: workshop notes and activities (the round's `notes+activities`). */
export const VOTABLE_KINDS: ReadonlySet<string> = new Set(['note', 'activity']);

/** The voter's stable id: the discussion identity (account or guest id), never a browser tab's id. */
export function useVoterId(): string | null {
  return useProcess().person?.id ?? null;
}

export function useVotingRound(): VotingRound | undefined {
  return useWorkshopState().votingRound;
}

/** One person's dots on one target in a round. */
export function dotsOf(discussion: Discussion, roundId: string, personId: string, targetId: string): number {
  let dots = 0;
  for (const vote of discussion.votes) {
    if (vote.roundId === roundId && vote.personId === personId && vote.targetId === targetId)
      dots += vote.count;
  }
  return dots;
}

/** The nodes on the map now: dots on a node deleted or merged away during the round are given back. */
export function useLiveTargets(): ReadonlySet<string> {
  const nodeIds = useBoardState((state) => state.nodeIds);
  return useMemo(() => new Set(nodeIds), [nodeIds]);
}

/** How many dots this person has left in the open round; null without an open round, an identity or the right to vote. */
export function useRemainingDots(): number | null {
  const round = useVotingRound();
  const discussion = useDocState('discussion');
  const voterId = useVoterId();
  const liveTargets = useLiveTargets();
  // Votes live in the discussion document, which viewers may read but not write.
  const mayVote = useMayWrite('discussion');
  if (!round?.open || !voterId || !mayVote) return null;
  return remainingVotes(discussion, round, voterId, liveTargets);
}

/*
 * Results exist only once the round is closed: while it is open nobody is shown anyone else's
 * dots, so early favourites cannot sway the rest. Each person's dots count up to the round's limit.
 */
export function useClosedResults(): { round: VotingRound; results: VotingResult[] } | null {
  const round = useVotingRound();
  const discussion = useDocState('discussion');
  return useMemo(() => {
    if (!round || round.open) return null;
    return {
      round,
      results: votingResults(discussion, round.id, { votesPerParticipant: round.votesPerParticipant }),
    };
  }, [round, discussion]);
}
