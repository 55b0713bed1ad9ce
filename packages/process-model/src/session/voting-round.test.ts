// Tests for opening and closing a dot-voting round.
import { describe, expect, it } from 'vitest';
import { iso, minutes, recordOrigins } from '../discussion/test-support.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { createSessionDoc } from './doc.ts';
import { readSession } from './read.ts';
import { clearVotingRound, closeVotingRound, openVotingRound } from './voting-round.ts';

describe('openVotingRound and closeVotingRound', () => {
  it('opens a round on notes and activities with the limit, and closing keeps it with its end time', () => {
    const doc = createSessionDoc();
    const id = openVotingRound(doc, { votesPerParticipant: 3, now: minutes(0) });
    expect(readSession(doc).votingRound).toEqual({
      id,
      open: true,
      votesPerParticipant: 3,
      targets: 'notes+activities',
      openedAt: iso(minutes(0)),
    });
    closeVotingRound(doc, minutes(5));
    expect(readSession(doc).votingRound).toEqual({
      id,
      open: false,
      votesPerParticipant: 3,
      targets: 'notes+activities',
      openedAt: iso(minutes(0)),
      closedAt: iso(minutes(5)),
    });
  });

  it('a new round gets a new id and replaces the previous one', () => {
    const doc = createSessionDoc();
    const first = openVotingRound(doc, { votesPerParticipant: 3 });
    const second = openVotingRound(doc, { votesPerParticipant: 5 });
    expect(second).not.toBe(first);
    expect(readSession(doc).votingRound).toMatchObject({ id: second, open: true, votesPerParticipant: 5 });
  });

  it('closing without an open round writes nothing; a bad limit is rejected', () => {
    const doc = createSessionDoc();
    const origins = recordOrigins(doc);
    expect(closeVotingRound(doc)).toBeUndefined();
    openVotingRound(doc, { votesPerParticipant: 2 });
    closeVotingRound(doc, undefined, 'server');
    closeVotingRound(doc);
    expect(origins).toEqual([LOCAL_ORIGIN, 'server']);
    for (const votesPerParticipant of [0, 2.5, 101]) {
      expect(() => openVotingRound(doc, { votesPerParticipant })).toThrow(
        expect.objectContaining({ code: 'invalid-input' }),
      );
    }
  });

  it('keeps an optional title, trimmed; a blank title means none', () => {
    const doc = createSessionDoc();
    openVotingRound(doc, { votesPerParticipant: 3, title: '  Wo hakt es am meisten?  ' });
    expect(readSession(doc).votingRound?.title).toBe('Wo hakt es am meisten?');
    openVotingRound(doc, { votesPerParticipant: 3, title: '   ' });
    expect(readSession(doc).votingRound).not.toHaveProperty('title');
    expect(() => openVotingRound(doc, { votesPerParticipant: 3, title: 'x'.repeat(201) })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('clearVotingRound', () => {
  it('takes a closed round off the map, but never an open one', () => {
    const doc = createSessionDoc();
    expect(clearVotingRound(doc)).toBe(false);
    openVotingRound(doc, { votesPerParticipant: 2, now: minutes(0) });
    expect(clearVotingRound(doc)).toBe(false);
    expect(readSession(doc).votingRound?.open).toBe(true);
    closeVotingRound(doc, minutes(3));
    expect(clearVotingRound(doc)).toBe(true);
    expect(readSession(doc).votingRound).toBeUndefined();
  });
});
