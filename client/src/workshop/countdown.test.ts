// Tests for how the countdown reads: mm:ss, rounded up so 00:00 means the time is really up.
import { describe, expect, it } from 'vitest';
import { formatRemaining } from './countdown.ts';

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
