// Tests for the workshop timer: its mutations and the remaining time derived from a clock reading.
import { describe, expect, it } from 'vitest';
import { iso, minutes, peersOf, recordOrigins } from '../discussion/test-support.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { syncDocs } from '../test-network.ts';
import { createSessionDoc } from './doc.ts';
import { readSession } from './read.ts';
import type { Timer } from './schema.ts';
import { pauseTimer, resumeTimer, startTimer, stopTimer, timerFinished, timerRemainingMs } from './timer.ts';

const FIVE_MINUTES = 5 * 60_000;
const seconds = (n: number) => n * 1000;

describe('timerRemainingMs', () => {
  const running: Timer = {
    state: 'running',
    durationMs: FIVE_MINUTES,
    startedAt: iso(minutes(0)),
    remainingMs: FIVE_MINUTES,
  };

  it('counts down from the start and stops at zero', () => {
    expect(timerRemainingMs(running, minutes(0))).toBe(FIVE_MINUTES);
    expect(timerRemainingMs(running, minutes(2))).toBe(3 * 60_000);
    expect(timerRemainingMs(running, minutes(5))).toBe(0);
    expect(timerRemainingMs(running, minutes(9))).toBe(0);
  });

  it('never shows more than was left at the start when the reader’s clock is behind', () => {
    expect(timerRemainingMs(running, minutes(-1))).toBe(FIVE_MINUTES);
  });

  it('shows the frozen value while paused and nothing when stopped or absent', () => {
    expect(
      timerRemainingMs({ state: 'paused', durationMs: FIVE_MINUTES, remainingMs: 1234 }, minutes(99)),
    ).toBe(1234);
    expect(timerRemainingMs({ state: 'stopped', durationMs: FIVE_MINUTES, remainingMs: 0 }, minutes(1))).toBe(
      0,
    );
    expect(timerRemainingMs(undefined, minutes(1))).toBe(0);
  });

  it('is finished when a running timer has nothing left, not when it is paused or stopped', () => {
    expect(timerFinished(running, minutes(4))).toBe(false);
    expect(timerFinished(running, minutes(5))).toBe(true);
    expect(timerFinished({ state: 'paused', durationMs: FIVE_MINUTES, remainingMs: 0 }, minutes(5))).toBe(
      false,
    );
    expect(timerFinished(undefined, minutes(5))).toBe(false);
  });
});

describe('timer mutations', () => {
  it('start, pause, resume and stop store facts from which every client derives the same countdown', () => {
    const doc = createSessionDoc();
    startTimer(doc, { durationMs: FIVE_MINUTES, now: minutes(0) });
    expect(readSession(doc).timer).toEqual({
      state: 'running',
      durationMs: FIVE_MINUTES,
      startedAt: iso(minutes(0)),
      remainingMs: FIVE_MINUTES,
    });

    pauseTimer(doc, minutes(0) + seconds(90));
    expect(readSession(doc).timer).toEqual({
      state: 'paused',
      durationMs: FIVE_MINUTES,
      remainingMs: seconds(210),
    });
    expect(timerRemainingMs(readSession(doc).timer, minutes(30))).toBe(seconds(210));

    resumeTimer(doc, minutes(10));
    const resumed = readSession(doc).timer;
    expect(resumed).toEqual({
      state: 'running',
      durationMs: FIVE_MINUTES,
      startedAt: iso(minutes(10)),
      remainingMs: seconds(210),
    });
    expect(timerRemainingMs(resumed, minutes(11))).toBe(seconds(150));
    expect(timerFinished(resumed, minutes(10) + seconds(210))).toBe(true);

    stopTimer(doc);
    expect(readSession(doc).timer).toEqual({ state: 'stopped', durationMs: FIVE_MINUTES, remainingMs: 0 });
  });

  it('pausing a paused timer, resuming a running one or stopping a stopped one writes nothing', () => {
    const doc = createSessionDoc();
    const origins = recordOrigins(doc);
    pauseTimer(doc, minutes(0));
    resumeTimer(doc, minutes(0));
    stopTimer(doc);
    startTimer(doc, { durationMs: FIVE_MINUTES, now: minutes(0) }, 'server');
    resumeTimer(doc, minutes(1));
    pauseTimer(doc, minutes(1));
    pauseTimer(doc, minutes(2));
    stopTimer(doc);
    stopTimer(doc);
    expect(origins).toEqual(['server', LOCAL_ORIGIN, LOCAL_ORIGIN]);
  });

  it('rejects a duration that is not a positive whole number of milliseconds up to a day', () => {
    const doc = createSessionDoc();
    for (const durationMs of [0, -1, 1.5, 25 * 60 * 60_000, Number.NaN]) {
      expect(() => startTimer(doc, { durationMs, now: minutes(0) })).toThrow(
        expect.objectContaining({ code: 'invalid-input' }),
      );
    }
    expect(readSession(doc).timer).toBeUndefined();
  });

  it('two facilitators pausing and stopping at once end with one whole timer state', () => {
    const doc = createSessionDoc();
    startTimer(doc, { durationMs: FIVE_MINUTES, now: minutes(0) });
    const [a, b] = peersOf(doc, 2, createSessionDoc);
    pauseTimer(a!, minutes(1));
    stopTimer(b!);
    syncDocs(a!, b!);
    const timer = readSession(a!).timer;
    expect(readSession(b!).timer).toEqual(timer);
    expect([
      { state: 'paused', durationMs: FIVE_MINUTES, remainingMs: minutes(4) - minutes(0) },
      { state: 'stopped', durationMs: FIVE_MINUTES, remainingMs: 0 },
    ]).toContainEqual(timer);
  });
});
