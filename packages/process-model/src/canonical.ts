// Deterministic JSON: the same value always gives the same string, so snapshots can be hashed and compared.
import { ProcessModelError } from './errors.ts';

/*
 * Like `JSON.stringify` without whitespace, except that object keys are sorted (by UTF-16 code
 * units, not by locale) at every depth, and that anything JSON.stringify would silently drop
 * or garble throws ProcessModelError 'invalid-input' instead: functions, symbols, bigints,
 * cycles, a top-level `undefined`, and objects that are neither plain nor arrays (Map, Set,
 * typed arrays, class instances), which would otherwise turn into `{}`.
 * Kept from JSON.stringify: `undefined` properties are omitted, `undefined` array items become
 * null, non-finite numbers become null, -0 becomes 0, and a `toJSON()` method is honoured
 * (so a Date becomes its ISO string).
 */
export function canonicalJson(value: unknown): string {
  return canonicalJsonWith(value, (v) => v);
}

// For projection.ts (not in the package API): `replace` sees every value before its `toJSON` runs.
export function canonicalJsonWith(value: unknown, replace: (value: unknown) => unknown): string {
  const json = write(value, '', '', { replace, ancestors: new Set() });
  if (json === undefined) throw invalid('undefined', '');
  return json;
}

interface Walk {
  replace: (value: unknown) => unknown;
  // The objects on the current path: seeing one again is a cycle, seeing it on a sibling path is not.
  ancestors: Set<object>;
}

// `undefined` means "leave this property out". `key` is what JSON.stringify would pass to `toJSON`.
function write(input: unknown, key: string, path: string, walk: Walk): string | undefined {
  const value = applyToJson(walk.replace(input), key);
  if (value === undefined) return undefined;
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'object':
      return writeObject(value, path, walk);
    default:
      throw invalid(typeof value, path);
  }
}

function writeObject(value: object, path: string, walk: Walk): string {
  if (walk.ancestors.has(value)) throw invalid('a cycle', path);
  walk.ancestors.add(value);
  let json: string;
  if (Array.isArray(value)) {
    // Array.from, not map: map skips the holes of a sparse array, which must become null.
    const items = Array.from(
      value as unknown[],
      (item, i) => write(item, String(i), `${path}[${i}]`, walk) ?? 'null',
    );
    json = `[${items.join(',')}]`;
  } else if (isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    // Default sort compares UTF-16 code units, the same in every locale and runtime.
    for (const key of Object.keys(record).sort()) {
      const member = write(record[key], key, path === '' ? key : `${path}.${key}`, walk);
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
    }
    json = `{${members.join(',')}}`;
  } else {
    throw invalid(`a ${value.constructor?.name ?? 'non-plain'} object`, path);
  }
  walk.ancestors.delete(value);
  return json;
}

function applyToJson(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const toJson: unknown = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson !== 'function') return value;
  return (toJson as (key: string) => unknown).call(value, key);
}

// Prototype Object.prototype, null, or another realm's Object.prototype (whose own prototype is null).
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

function invalid(what: string, path: string): ProcessModelError {
  return new ProcessModelError(
    'invalid-input',
    `cannot write ${what} as canonical JSON at ${path || '(root)'}`,
  );
}
