// Tests for how the countdown reads: mm:ss, rounded up so 00:00 means the time is really up.
import { describe, expect, it } from 'vitest';
import type { Timer } from '@prozesswerk/process-model';
import { formatRemaining, ranOutBefore } from './countdown.ts';

describe('formatRemaining', () => {
  it('shows minutes and seconds with two digits each', () => {
    expect(formatRemaining(5 * 60_000)).toBe('05:00');
    expect(formatRemaining(61_000)).toBe('01:01');
    expect(formatRemaining(90 * 60_000)).toBe('90:00');
  });

  it('rounds a part second up, so 00:00 appears only at the very end', () => {
    expect(formatRemaining(59_001)).toBe('01:00');
    expect(formatRemaining(1)).toBe('00:01');
    expect(formatRemaining(0)).toBe('00:00');
  });
});

describe('a timer that ran out before someone arrived', () => {
  const started = Date.parse('2026-12-02T10:00:00Z');
  const timer: Timer = {
    state: 'running',
    startedAt: new Date(started).toISOString(),
    remainingMs: 5 * 60_000,
    durationMs: 5 * 60_000,
  };

  it('counts as run out for whoever opens the editor more than a minute after its end', () => {
    expect(ranOutBefore(timer, started + 10 * 60_000)).toBe(true);
  });

  it('still signals the end to those who were there, or arrived just as it ended', () => {
    expect(ranOutBefore(timer, started)).toBe(false);
    expect(ranOutBefore(timer, started + 5 * 60_000 + 30_000)).toBe(false);
    expect(ranOutBefore({ ...timer, state: 'paused' }, started + 60 * 60_000)).toBe(false);
  });
});
