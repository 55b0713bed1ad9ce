import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Gewerbe-2026!');
    expect(stored.startsWith('scrypt$')).toBe(true);
    expect(stored).not.toContain('Gewerbe');
    expect(await verifyPassword('Gewerbe-2026!', stored)).toBe(true);
    expect(await verifyPassword('gewerbe-2026!', stored)).toBe(false);
  });

  it('salts each hash so equal passwords do not look equal', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'));
  });

  it('refuses users without a password and malformed hashes', async () => {
    expect(await verifyPassword('x', null)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
