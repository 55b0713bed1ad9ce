import { beforeEach, describe, expect, it } from 'vitest';
import { identityFromSession, loadIdentity, saveIdentity } from './identity.ts';
import { useMemoryStorage } from './test-storage.ts';

beforeEach(useMemoryStorage);

describe('browser identity', () => {
  it('keeps the municipality a guest gave when joining, trimmed, across reloads', () => {
    saveIdentity('  Berta Gast ', ' Stadt Offenburg ');
    expect(loadIdentity()).toMatchObject({ name: 'Berta Gast', municipality: 'Stadt Offenburg' });
  });

  it('gives a guest signed in by invite the municipality typed in this browser under the same name', () => {
    const local = saveIdentity('Berta Gast', 'Stadt Offenburg');
    expect(identityFromSession({ name: 'Berta Gast', municipality: '' }, local).municipality).toBe(
      'Stadt Offenburg',
    );
  });

  it('does not lend a municipality typed under another name, and prefers the account’s own', () => {
    const local = saveIdentity('Berta Gast', 'Stadt Offenburg');
    expect(identityFromSession({ name: 'Carl Gast', municipality: '' }, local).municipality).toBe('');
    expect(identityFromSession({ name: 'Berta Gast', municipality: 'Stadt Kehl' }, local).municipality).toBe(
      'Stadt Kehl',
    );
  });
});
