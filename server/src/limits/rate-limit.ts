// Rate limits: a token bucket per socket for messages, a fixed window per key (address, account) for attempts.

export type TokenBucket = { take(): boolean };

// One clock for every bucket: a default `() => performance.now()` would be a new closure kept by each socket's bucket.
const sinceStart = () => performance.now();

export function createTokenBucket(perSecond: number, burst = perSecond * 2, now = sinceStart): TokenBucket {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const current = now();
      tokens = Math.min(burst, tokens + ((current - last) / 1000) * perSecond);
      last = current;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

export type WindowLimiter = { allow(key: string): boolean };

export function createWindowLimiter(limit: number, windowMs: number, now = () => Date.now()): WindowLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    allow(key) {
      const current = now();
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (current - w.start >= windowMs) windows.delete(k);
      }
      const window = windows.get(key);
      if (!window || current - window.start >= windowMs) {
        windows.set(key, { start: current, count: 1 });
        return true;
      }
      window.count += 1;
      return window.count <= limit;
    },
  };
}
