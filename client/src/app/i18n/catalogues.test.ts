// Every catalogue says the same things in German and English, and no two take the same top-level key.
import { describe, expect, it } from 'vitest';
import de from '../../shared/i18n/de.json';
import en from '../../shared/i18n/en.json';
import { featureCatalogues } from './catalogues.ts';
import { english } from './english.ts';
import { german } from './german.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

const all = { app: { de, en }, ...featureCatalogues };

describe('the UI catalogues', () => {
  it.each(Object.entries(all))('%s has the same keys in German and English', (_name, catalogue) => {
    expect(keys(catalogue.en).sort()).toEqual(keys(catalogue.de).sort());
  });

  it('use top-level keys no other catalogue uses (the app merges them side by side)', () => {
    const topLevel = Object.values(all).flatMap((catalogue) => Object.keys(catalogue.de));
    const repeated = topLevel.filter((key, index) => topLevel.indexOf(key) !== index);
    expect(repeated).toEqual([]);
  });

  it('are all in the German catalogue the app bundles and the English one it loads when chosen', () => {
    const merged = (language: 'de' | 'en') =>
      Object.assign({}, ...Object.values(all).map((catalogue) => catalogue[language])) as object;
    expect(german).toEqual(merged('de'));
    expect(english).toEqual(merged('en'));
  });
});
