// Slows down password guessing without letting anyone lock an account: failures are counted per address and
// account, per address and per account, and a browser that signed in to the account before is never held back.
//
// - The same address guessing one account waits after 3 failures: 1 s, 2 s, 4 s … up to 15 minutes.
// - One address failing on many accounts (credential stuffing) is refused for the rest of a 10-minute window after
//   50 failures.
// - Many addresses guessing one account (a distributed attack) make new browsers wait a minute between attempts on
//   that account once it had 30 failures within an hour. That is all an attacker can do to someone else's account:
//   a browser that signed in to it before (it holds a device cookie for this account) skips these account-wide and
//   address-wide waits, so the right password from a known browser always works; only its own failures slow it.
// Unknown and known e-mail addresses are counted alike, so the answers do not tell whether an account exists.

export type LoginAttempt = {
  /** The client's address (behind trusted proxies). */
  address: string;
  /** The e-mail as typed, lower case: counted whether or not an account has it. */
  account: string;
  /** The browser holds a valid device cookie for this account. */
  knownDevice: boolean;
};

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type LoginThrottle = {
  check(attempt: LoginAttempt): ThrottleVerdict;
  failed(attempt: LoginAttempt): void;
  succeeded(attempt: LoginAttempt): void;
};

export type ThrottleRules = {
  pairFreeFailures: number;
  pairMaxBackoffMs: number;
  addressFailures: number;
  addressWindowMs: number;
  accountFailures: number;
  accountWindowMs: number;
  accountSpacingMs: number;
  knownDeviceFailures: number;
  knownDeviceWindowMs: number;
};

export const DEFAULT_THROTTLE_RULES: ThrottleRules = {
  pairFreeFailures: 3,
  pairMaxBackoffMs: 15 * 60_000,
  addressFailures: 50,
  addressWindowMs: 10 * 60_000,
  accountFailures: 30,
  accountWindowMs: 60 * 60_000,
  accountSpacingMs: 60_000,
  knownDeviceFailures: 10,
  knownDeviceWindowMs: 15 * 60_000,
};

type Counter = { failures: number; windowStart: number; lastFailure: number };

/** Bounded memory: forget the oldest counters beyond this many keys. */
const MAX_KEYS = 50_000;

export function createLoginThrottle(rules = DEFAULT_THROTTLE_RULES, now = () => Date.now()): LoginThrottle {
  const counters = new Map<string, Counter>();

  /** A fixed window from the first failure; `idle`: forgotten only after a quiet spell of `windowMs`. */
  const read = (key: string, windowMs: number, idle = false): Counter | undefined => {
    const counter = counters.get(key);
    if (counter && now() - (idle ? counter.lastFailure : counter.windowStart) >= windowMs) {
      counters.delete(key);
      return undefined;
    }
    return counter;
  };
  const count = (key: string, windowMs: number, idle = false) => {
    const current = now();
    const counter = read(key, windowMs, idle) ?? { failures: 0, windowStart: current, lastFailure: current };
    counter.failures += 1;
    counter.lastFailure = current;
    counters.delete(key);
    counters.set(key, counter);
    if (counters.size > MAX_KEYS) {
      const oldest = counters.keys().next().value;
      if (oldest !== undefined) counters.delete(oldest);
    }
  };
  const wait = (until: number): ThrottleVerdict => {
    const ms = until - now();
    return ms > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(ms / 1000) } : { allowed: true };
  };
  const keys = (a: LoginAttempt) => ({
    pair: `pair:${a.address}:${a.account}`,
    address: `address:${a.address}`,
    account: `account:${a.account}`,
    device: `device:${a.account}`,
  });
  // A pair's failures are forgotten after an hour without any.
  const pairWindow = rules.pairMaxBackoffMs * 4;

  return {
    check(attempt) {
      const k = keys(attempt);
      if (attempt.knownDevice) {
        const device = read(k.device, rules.knownDeviceWindowMs);
        return device && device.failures >= rules.knownDeviceFailures
          ? wait(device.windowStart + rules.knownDeviceWindowMs)
          : { allowed: true };
      }
      const pair = read(k.pair, pairWindow, true);
      if (pair && pair.failures >= rules.pairFreeFailures) {
        const backoff = Math.min(
          1000 * 2 ** (pair.failures - rules.pairFreeFailures),
          rules.pairMaxBackoffMs,
        );
        const verdict = wait(pair.lastFailure + backoff);
        if (!verdict.allowed) return verdict;
      }
      const address = read(k.address, rules.addressWindowMs);
      if (address && address.failures >= rules.addressFailures) {
        return wait(address.windowStart + rules.addressWindowMs);
      }
      const account = read(k.account, rules.accountWindowMs);
      if (account && account.failures >= rules.accountFailures) {
        return wait(account.lastFailure + rules.accountSpacingMs);
      }
      return { allowed: true };
    },
    failed(attempt) {
      const k = keys(attempt);
      if (attempt.knownDevice) return count(k.device, rules.knownDeviceWindowMs);
      count(k.pair, pairWindow, true);
      count(k.address, rules.addressWindowMs);
      count(k.account, rules.accountWindowMs);
    },
    succeeded(attempt) {
      const k = keys(attempt);
      counters.delete(k.pair);
      if (attempt.knownDevice) counters.delete(k.device);
    },
  };
}
