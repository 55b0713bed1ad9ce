import { describe, expect, it } from 'vitest';
import { createLoginThrottle, DEFAULT_THROTTLE_RULES, type LoginAttempt } from './login-throttle.ts';

function throttleWithClock() {
  let t = 1_000_000;
  const throttle = createLoginThrottle(DEFAULT_THROTTLE_RULES, () => t);
  return { throttle, advance: (ms: number) => (t += ms) };
}

const stranger = (address: string, account = 'anna@kehl.de'): LoginAttempt => ({
  address,
  account,
  knownDevice: false,
});
const annasLaptop: LoginAttempt = { address: '10.0.0.7', account: 'anna@kehl.de', knownDevice: true };

describe('sign-in throttling', () => {
  it('makes one address guessing one account wait longer after each failure', () => {
    const { throttle, advance } = throttleWithClock();
    const guess = stranger('203.0.113.9');
    for (let i = 0; i < 3; i += 1) {
      expect(throttle.check(guess).allowed).toBe(true);
      throttle.failed(guess);
    }
    expect(throttle.check(guess)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(1000);
    expect(throttle.check(guess).allowed).toBe(true);
    throttle.failed(guess);
    expect(throttle.check(guess)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    for (let i = 0; i < 20; i += 1) {
      advance(30 * 60_000);
      throttle.failed(guess);
    }
    expect(throttle.check(guess)).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 });
  });

  it('does not hold back other addresses when one address guesses', () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 10; i += 1) throttle.failed(stranger('203.0.113.9'));
    expect(throttle.check(stranger('203.0.113.9')).allowed).toBe(false);
    expect(throttle.check(stranger('198.51.100.4')).allowed).toBe(true);
  });

  it('stops one address that tries many accounts', () => {
    const { throttle, advance } = throttleWithClock();
    for (let i = 0; i < DEFAULT_THROTTLE_RULES.addressFailures; i += 1)
      throttle.failed(stranger('203.0.113.9', `person${i}@kehl.de`));
    expect(throttle.check(stranger('203.0.113.9', 'someone-new@kehl.de')).allowed).toBe(false);
    advance(DEFAULT_THROTTLE_RULES.addressWindowMs);
    expect(throttle.check(stranger('203.0.113.9', 'someone-new@kehl.de')).allowed).toBe(true);
  });

  it('slows a distributed attack on one account for new browsers, never for a browser that signed in before', () => {
    const { throttle, advance } = throttleWithClock();
    for (let i = 0; i < DEFAULT_THROTTLE_RULES.accountFailures; i += 1)
      throttle.failed(stranger(`198.51.100.${i}`));
    const newBrowser = stranger('192.0.2.1');
    expect(throttle.check(newBrowser)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(throttle.check(annasLaptop)).toEqual({ allowed: true });
    advance(60_000);
    expect(throttle.check(newBrowser).allowed).toBe(true);
  });

  it('counts a known browser’s own failures separately, and only those slow it down', () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 1000; i += 1) throttle.failed(stranger(`198.51.100.${i % 250}`));
    expect(throttle.check(annasLaptop).allowed).toBe(true);
    for (let i = 0; i < DEFAULT_THROTTLE_RULES.knownDeviceFailures; i += 1) throttle.failed(annasLaptop);
    expect(throttle.check(annasLaptop).allowed).toBe(false);
  });

  it('treats accounts that do not exist exactly like ones that do', () => {
    const { throttle } = throttleWithClock();
    const ghost = stranger('203.0.113.9', 'nobody@nowhere.de');
    for (let i = 0; i < 3; i += 1) throttle.failed(ghost);
    expect(throttle.check(ghost)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('forgets an address’s failures on an account after it signs in', () => {
    const { throttle } = throttleWithClock();
    const anna = stranger('10.0.0.8');
    for (let i = 0; i < 2; i += 1) throttle.failed(anna);
    throttle.succeeded(anna);
    throttle.failed(anna);
    expect(throttle.check(anna).allowed).toBe(true);
  });
});
