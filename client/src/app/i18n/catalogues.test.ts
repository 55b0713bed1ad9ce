// Every catalogue says the same things in German and English, and no two take the same top-level key.
import { describe, expect, it } from 'vitest';
import de from '../../shared/i18n/de.json';
import en from '../../shared/i18n/en.json';
import { catalogueFolder, type Entries } from './catalogues.ts';
import { english, englishFiles } from './english.ts';
import { german, germanFiles } from './german.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function byFolder(files: Record<string, Entries>): Record<string, Entries> {
  return Object.fromEntries(Object.entries(files).map(([path, entries]) => [catalogueFolder(path), entries]));
}

const germanByFolder = { app: de, ...byFolder(germanFiles) };
const englishByFolder: Record<string, Entries> = { app: en, ...byFolder(englishFiles) };

describe('the UI catalogues', () => {
  it('come in pairs: each folder with a German catalogue has an English one, and no other', () => {
    expect(Object.keys(englishByFolder).sort()).toEqual(Object.keys(germanByFolder).sort());
    // The glob patterns find the feature folders' files (a renamed file would silently drop out).
    expect(Object.keys(germanByFolder)).toEqual(
      expect.arrayContaining(['app', 'shared', 'library', 'members']),
    );
  });

  it.each(Object.entries(germanByFolder))(
    '%s has the same keys in German and English',
    (folder, catalogue) => {
      expect(keys(englishByFolder[folder]).sort()).toEqual(keys(catalogue).sort());
    },
  );

  it('use top-level keys no other catalogue uses (the app merges them side by side)', () => {
    const topLevel = Object.values(germanByFolder).flatMap((catalogue) => Object.keys(catalogue));
    const repeated = topLevel.filter((key, index) => topLevel.indexOf(key) !== index);
    expect(repeated).toEqual([]);
  });

  it('are all in the German catalogue the app bundles and the English one it loads when chosen', () => {
    const merged = (catalogues: Record<string, Entries>) =>
      Object.assign({}, ...Object.values(catalogues)) as object;
    expect(german).toEqual(merged(germanByFolder));
    expect(english).toEqual(merged(englishByFolder));
    expect(keys(german).length).toBeGreaterThan(500);
  });
});
