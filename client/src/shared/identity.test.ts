import { beforeEach, describe, expect, it } from 'vitest';
import { identityFromSession, loadIdentity, saveIdentity } from './identity.ts';

// A tiny in-memory localStorage: the unit project runs in Node, without a browser.
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

beforeEach(() => {
  Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
});

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
