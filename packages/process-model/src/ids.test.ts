// Tests for random ids.
import { describe, expect, it } from 'vitest';
import { ID_LENGTH, newId } from './ids.ts';

describe('newId', () => {
  it('returns a 16-character url-safe string', () => {
    const id = newId();
    expect(id).toHaveLength(ID_LENGTH);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('does not repeat itself over many calls', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId()));
    expect(ids.size).toBe(10_000);
  });
});
