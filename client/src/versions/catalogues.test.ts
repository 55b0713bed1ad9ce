// The library and versions catalogues say the same things in German and English, and take no key from another folder.
import { describe, expect, it } from 'vitest';
import de from '../app/i18n/de.json';
import { authCatalogue } from '../auth/i18n.ts';
import { libraryCatalogue } from '../library/i18n.ts';
import { versionsCatalogue } from './i18n.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('the library and versions catalogues', () => {
  it.each([
    ['library', libraryCatalogue],
    ['versions', versionsCatalogue],
  ])('%s has the same keys in German and English', (_name, catalogue) => {
    expect(keys(catalogue.en).sort()).toEqual(keys(catalogue.de).sort());
  });

  it('uses top-level keys no other catalogue uses (the app merges them side by side)', () => {
    const mine = [...Object.keys(libraryCatalogue.de), ...Object.keys(versionsCatalogue.de)];
    const others = new Set([...Object.keys(de), ...Object.keys(authCatalogue.de)]);
    expect(mine.filter((key) => others.has(key))).toEqual([]);
    expect(new Set(mine).size).toBe(mine.length);
  });
});
