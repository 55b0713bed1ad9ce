// Tests for canonical JSON: one string per value, whatever the key order, and loud failures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.ts';
import { isProcessModelError } from './errors.ts';

// Rebuilds every object with its keys in reverse insertion order.
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).reverse();
  return Object.fromEntries(entries.map(([key, item]) => [key, reverseKeys(item)]));
}

function expectInvalidInput(value: unknown): void {
  expect(() => canonicalJson(value)).toThrow(
    expect.objectContaining({ name: 'ProcessModelError', code: 'invalid-input' }),
  );
}

describe('canonicalJson', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    const json = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } });
    expect(json).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same string for the same content whatever the key order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('sorts keys by code unit, not by locale', () => {
    expect(canonicalJson({ ä: 1, b: 2, B: 3, a: 4, '10': 5, '9': 6 })).toBe(
      '{"10":5,"9":6,"B":3,"a":4,"b":2,"ä":1}',
    );
  });

  it('omits undefined properties and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('writes the holes of a sparse array as null', () => {
    const sparse: number[] = [];
    sparse[2] = 1;
    expect(canonicalJson(sparse)).toBe('[null,null,1]');
  });

  it('writes NaN and infinities as null and -0 as 0', () => {
    expect(canonicalJson([NaN, Infinity, -Infinity, -0, 1.5e300])).toBe('[null,null,null,0,1.5e+300]');
  });

  it('escapes strings as JSON does, including lone surrogates', () => {
    expect(canonicalJson({ 'a"b': 'line\nbreak \u{1F600} \uD800' })).toBe(
      '{"a\\"b":"line\\nbreak \u{1F600} \\ud800"}',
    );
  });

  it('keeps "__proto__" as an ordinary key', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('honours toJSON, so a Date becomes its ISO string', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2024, 0, 2)) })).toBe('{"at":"2024-01-02T00:00:00.000Z"}');
  });

  it('accepts objects without a prototype and the same object on sibling paths', () => {
    const shared = { x: 1 };
    const bare = Object.assign(Object.create(null) as object, { k: shared });
    expect(canonicalJson([bare, shared])).toBe('[{"k":{"x":1}},{"x":1}]');
  });

  it('throws invalid-input on functions, symbols and bigints', () => {
    expectInvalidInput({ f: () => 1 });
    expectInvalidInput([Symbol('s')]);
    expectInvalidInput({ n: 10n });
  });

  it('throws invalid-input on cycles, naming where', () => {
    const cyclic: Record<string, unknown> = { a: [] };
    (cyclic.a as unknown[]).push(cyclic);
    try {
      canonicalJson(cyclic);
      expect.unreachable();
    } catch (error) {
      expect(isProcessModelError(error, 'invalid-input')).toBe(true);
      expect((error as Error).message).toContain('a[0]');
    }
  });

  it('throws invalid-input on objects JSON would turn into {} and on a bare undefined', () => {
    expectInvalidInput(new Map([['a', 1]]));
    expectInvalidInput({ s: new Set([1]) });
    expectInvalidInput(new Uint8Array([1, 2]));
    expectInvalidInput(undefined);
  });

  it('is independent of key order and a fixed point of JSON.parse for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = canonicalJson(value);
        expect(canonicalJson(reverseKeys(value))).toBe(json);
        expect(canonicalJson(JSON.parse(json))).toBe(json);
      }),
    );
  });
});
