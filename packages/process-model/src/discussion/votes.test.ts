// Tests for dot votes: casting within the round's limit, retracting, and closed rounds.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { asNodeId } from '../ids.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { createDiscussionDoc, getVotes } from './doc.ts';
import { readDiscussion } from './read.ts';
import { anna, ben, recordOrigins } from './test-support.ts';
import { castVote, parseVoteKey, remainingVotes, retractVote, voteKey } from './votes.ts';

const round = { id: 'round-1', open: true, votesPerParticipant: 3 };
const note = asNodeId('node-note');
const activity = asNodeId('node-activity');

describe('castVote', () => {
  it('stores each participant’s dots per target and returns the dots left', () => {
    const doc = createDiscussionDoc();
    expect(castVote(doc, { round, targetId: note, by: anna })).toBe(2);
    expect(castVote(doc, { round, targetId: note, by: anna })).toBe(1);
    expect(castVote(doc, { round, targetId: activity, by: ben })).toBe(2);
    expect(readDiscussion(doc).votes).toEqual([
      { roundId: 'round-1', targetId: activity, personId: ben.id, count: 1 },
      { roundId: 'round-1', targetId: note, personId: anna.id, count: 2 },
    ]);
    expect(remainingVotes(readDiscussion(doc), round, anna.id)).toBe(1);
  });

  it('refuses a vote past the per-participant limit with vote-limit, writing nothing', () => {
    const doc = createDiscussionDoc();
    for (let i = 0; i < 3; i++) castVote(doc, { round, targetId: note, by: anna });
    expect(() => castVote(doc, { round, targetId: activity, by: anna })).toThrow(
      expect.objectContaining({ code: 'vote-limit' }),
    );
    expect(castVote(doc, { round, targetId: activity, by: ben })).toBe(2);
    expect(readDiscussion(doc).votes.find((v) => v.personId === anna.id)?.count).toBe(3);
  });

  it('counts the limit per round, so a new round gives everyone their dots again', () => {
    const doc = createDiscussionDoc();
    for (let i = 0; i < 3; i++) castVote(doc, { round, targetId: note, by: anna });
    expect(castVote(doc, { round: { ...round, id: 'round-2' }, targetId: note, by: anna })).toBe(2);
  });

  it('refuses votes in a closed round with voting-closed', () => {
    const doc = createDiscussionDoc();
    const closed = { ...round, open: false };
    expect(() => castVote(doc, { round: closed, targetId: note, by: anna })).toThrow(
      expect.objectContaining({ code: 'voting-closed' }),
    );
    expect(() => retractVote(doc, { round: closed, targetId: note, by: anna })).toThrow(
      expect.objectContaining({ code: 'voting-closed' }),
    );
  });
});

describe('retractVote', () => {
  it('takes one dot off at a time and removes the entry at zero', () => {
    const doc = createDiscussionDoc();
    castVote(doc, { round, targetId: note, by: anna });
    castVote(doc, { round, targetId: note, by: anna });
    expect(retractVote(doc, { round, targetId: note, by: anna })).toBe(2);
    expect(readDiscussion(doc).votes[0]!.count).toBe(1);
    expect(retractVote(doc, { round, targetId: note, by: anna })).toBe(3);
    expect(getVotes(doc).size).toBe(0);
  });

  it('writes nothing when the participant has no dot on the target', () => {
    const doc = createDiscussionDoc();
    const origins = recordOrigins(doc);
    expect(retractVote(doc, { round, targetId: note, by: anna })).toBe(3);
    castVote(doc, { round, targetId: note, by: anna }, 'server');
    retractVote(doc, { round, targetId: note, by: anna });
    expect(origins).toEqual(['server', LOCAL_ORIGIN]);
  });
});

describe('voteKey', () => {
  it('keeps the three ids apart whatever characters they hold', () => {
    const key = voteKey('r"1', 'p,2 ]', 't[3');
    expect(parseVoteKey(key)).toEqual({ roundId: 'r"1', personId: 'p,2 ]', targetId: 't[3' });
    expect(parseVoteKey('not json')).toBeUndefined();
    expect(parseVoteKey('["only","two"]')).toBeUndefined();
    expect(parseVoteKey(voteKey('r', 'p', 't', 42))).toEqual({
      roundId: 'r',
      personId: 'p',
      targetId: 't',
      writer: '42',
    });
  });
});

describe('dots on an element deleted during the round', () => {
  it('no longer count against the limit once the caller says which elements still exist', () => {
    const doc = createDiscussionDoc();
    castVote(doc, { round, targetId: note, by: anna });
    castVote(doc, { round, targetId: note, by: anna });
    // The note was merged into another one: it is gone, and its "−" button with it.
    const liveTargets = new Set<string>([activity]);
    expect(remainingVotes(readDiscussion(doc), round, anna.id)).toBe(1);
    expect(remainingVotes(readDiscussion(doc), round, anna.id, liveTargets)).toBe(3);
    expect(castVote(doc, { round, targetId: activity, by: anna, liveTargets })).toBe(2);
    expect(castVote(doc, { round, targetId: activity, by: anna, liveTargets })).toBe(1);
    expect(castVote(doc, { round, targetId: activity, by: anna, liveTargets })).toBe(0);
  });
});

describe('one person voting from two tabs', () => {
  const exchange = (a: Y.Doc, b: Y.Doc) => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };

  it('keeps both dots given at the same moment, and takes one back from either tab', () => {
    const laptop = createDiscussionDoc();
    const projector = createDiscussionDoc();
    castVote(laptop, { round, targetId: note, by: anna });
    castVote(projector, { round, targetId: note, by: anna });
    exchange(laptop, projector);
    expect(readDiscussion(laptop).votes).toEqual([
      { roundId: round.id, targetId: note, personId: anna.id, count: 2 },
    ]);
    expect(remainingVotes(readDiscussion(projector), round, anna.id)).toBe(1);

    expect(retractVote(laptop, { round, targetId: note, by: anna })).toBe(2);
    expect(retractVote(laptop, { round, targetId: note, by: anna })).toBe(3);
    exchange(laptop, projector);
    expect(readDiscussion(projector).votes).toEqual([]);
  });

  it('still counts and takes back dots stored before votes were kept per tab', () => {
    const doc = createDiscussionDoc();
    getVotes(doc).set(voteKey(round.id, anna.id, note), 2);
    expect(remainingVotes(readDiscussion(doc), round, anna.id)).toBe(1);
    castVote(doc, { round, targetId: note, by: anna });
    expect(readDiscussion(doc).votes[0]?.count).toBe(3);
    expect(retractVote(doc, { round, targetId: note, by: anna })).toBe(1);
    expect(retractVote(doc, { round, targetId: note, by: anna })).toBe(2);
    expect(retractVote(doc, { round, targetId: note, by: anna })).toBe(3);
  });
});
