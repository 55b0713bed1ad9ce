// Tests for the totals of a voting round, from votes cast by several people on several peers.
import { describe, expect, it } from 'vitest';
import { createDiscussionDoc, getVotes } from '../discussion/doc.ts';
import { readDiscussion } from '../discussion/read.ts';
import { anna, ben, carla, peersOf } from '../discussion/test-support.ts';
import { castVote, voteKey } from '../discussion/votes.ts';
import { asNodeId } from '../ids.ts';
import { syncDocs } from '../test-network.ts';
import { createSessionDoc } from './doc.ts';
import { readSession } from './read.ts';
import { closeVotingRound, openVotingRound } from './voting-round.ts';
import { votingResults } from './voting-results.ts';

const noteA = asNodeId('note-a');
const noteB = asNodeId('note-b');
const step = asNodeId('step');

describe('votingResults', () => {
  it('totals a round’s votes per target, most first, after people voted on their own peers', () => {
    const session = createSessionDoc();
    const roundId = openVotingRound(session, { votesPerParticipant: 3 });
    const round = readSession(session).votingRound!;
    const [a, b, c] = peersOf(createDiscussionDoc(), 3, createDiscussionDoc);
    castVote(a!, { round, targetId: noteA, by: anna });
    castVote(a!, { round, targetId: step, by: anna });
    castVote(a!, { round, targetId: step, by: anna });
    castVote(b!, { round, targetId: step, by: ben });
    castVote(b!, { round, targetId: noteB, by: ben });
    castVote(c!, { round, targetId: noteB, by: carla });
    syncDocs(a!, b!, c!);
    closeVotingRound(session);

    const expected = [
      { targetId: step, votes: 3, voters: 2 },
      { targetId: noteB, votes: 2, voters: 2 },
      { targetId: noteA, votes: 1, voters: 1 },
    ];
    for (const peer of [a!, b!, c!]) expect(votingResults(readDiscussion(peer), roundId)).toEqual(expected);
  });

  it('leaves out other rounds and breaks ties by target id', () => {
    const doc = createDiscussionDoc();
    const round = { id: 'r1', open: true, votesPerParticipant: 3 };
    castVote(doc, { round, targetId: noteB, by: anna });
    castVote(doc, { round, targetId: noteA, by: ben });
    castVote(doc, { round: { ...round, id: 'r2' }, targetId: step, by: ben });
    expect(votingResults(readDiscussion(doc), 'r1')).toEqual([
      { targetId: noteA, votes: 1, voters: 1 },
      { targetId: noteB, votes: 1, voters: 1 },
    ]);
    expect(votingResults(readDiscussion(doc), 'none')).toEqual([]);
  });

  it('with the round’s limit, counts no more than that many dots per person, the same on every reader', () => {
    const doc = createDiscussionDoc();
    // As a client that ignores the limit (or one person on two devices at once) could leave it.
    getVotes(doc).set(voteKey('r1', anna.id, step), 2);
    getVotes(doc).set(voteKey('r1', anna.id, noteA), 2);
    getVotes(doc).set(voteKey('r1', ben.id, noteB), 1);
    const discussion = readDiscussion(doc);
    expect(votingResults(discussion, 'r1', { votesPerParticipant: 3 })).toEqual([
      { targetId: noteA, votes: 2, voters: 1 },
      { targetId: noteB, votes: 1, voters: 1 },
      { targetId: step, votes: 1, voters: 1 },
    ]);
    expect(votingResults(discussion, 'r1')[0]).toEqual({ targetId: noteA, votes: 2, voters: 1 });
  });
});
