// Test support: a fresh in-memory localStorage per test, as the unit project runs in Node, without a browser.

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/** Puts an empty localStorage in place (call it in beforeEach). */
export function useMemoryStorage(): void {
  Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
}
