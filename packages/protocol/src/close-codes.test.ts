import { describe, expect, it } from 'vitest';
import { CLOSE, closeNameForCode, reconnectsAfterClose } from './close-codes.ts';

describe('close codes', () => {
  it('are unique, so a client can tell every reason apart', () => {
    const codes = Object.values(CLOSE).map((close) => close.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('name their code', () => {
    expect(closeNameForCode(4409)).toBe('accessChanged');
    expect(closeNameForCode(4999)).toBeUndefined();
  });

  it('let a client on a slow or briefly failing connection come back', () => {
    for (const name of ['tooSlow', 'rateLimited', 'accessChanged', 'storageFailed', 'shuttingDown'] as const)
      expect(reconnectsAfterClose(CLOSE[name].code), name).toBe(true);
    expect(reconnectsAfterClose(1006)).toBe(true);
  });

  it('stop a client whose next attempt would be refused the same way', () => {
    for (const name of [
      'unauthenticated',
      'forbidden',
      'unknownProcess',
      'malformedMessage',
      'roomFull',
      'originNotAllowed',
      'credentialExpired',
      'roomOverBudget',
    ] as const)
      expect(reconnectsAfterClose(CLOSE[name].code), name).toBe(false);
  });
});
