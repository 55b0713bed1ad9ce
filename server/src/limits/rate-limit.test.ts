import { describe, expect, it } from 'vitest';
import { createTokenBucket, createWindowLimiter } from './rate-limit.ts';

describe('rate limits', () => {
  it('lets a burst through, then refills at the configured rate', () => {
    let t = 0;
    const bucket = createTokenBucket(10, 3, () => t);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    t += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('counts connections per address within a window', () => {
    let t = 0;
    const limiter = createWindowLimiter(2, 1000, () => t);
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a'), limiter.allow('b')]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    t = 1000;
    expect(limiter.allow('a')).toBe(true);
  });
});
