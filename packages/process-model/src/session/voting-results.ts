// Totals of a dot-voting round per target, from the votes in the read discussion.
import type { NodeId } from '../ids.ts';
import { compareStrings } from '../discussion/read.ts';
import type { Discussion } from '../discussion/schema.ts';

export interface VotingResult {
  targetId: NodeId;
  votes: number;
  voters: number;
}

export interface VotingResultsOptions {
  // The round's limit. The server does not inspect discussion updates, so a client that ignored the
  // limit (or one person voting on two devices at once) can store more; with this, each person's
  // dots count up to the limit, taken in target id order so every reader drops the same ones.
  votesPerParticipant?: number;
}

// Most votes first, ties by target id; targets without votes are not listed.
export function votingResults(
  discussion: Discussion,
  roundId: string,
  options: VotingResultsOptions = {},
): VotingResult[] {
  const limit = options.votesPerParticipant ?? Number.POSITIVE_INFINITY;
  const usedBy = new Map<string, number>();
  const totals = new Map<NodeId, VotingResult>();
  // Votes are sorted by round, target, person, so each person's dots are met in target id order.
  for (const vote of discussion.votes) {
    if (vote.roundId !== roundId) continue;
    const used = usedBy.get(vote.personId) ?? 0;
    const counted = Math.min(vote.count, Math.max(0, limit - used));
    if (counted === 0) continue;
    usedBy.set(vote.personId, used + counted);
    const total = totals.get(vote.targetId) ?? { targetId: vote.targetId, votes: 0, voters: 0 };
    total.votes += counted;
    total.voters += 1;
    totals.set(vote.targetId, total);
  }
  return [...totals.values()].sort((a, b) => b.votes - a.votes || compareStrings(a.targetId, b.targetId));
}
