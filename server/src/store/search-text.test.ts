import { describe, expect, it } from 'vitest';
import { foldGerman, indexedText, searchTerms } from './search-text.ts';

describe('German search text', () => {
  it('folds umlauts and ß the way people type them without a German keyboard', () => {
    expect(foldGerman('Gebühr für Straßenöffnung')).toBe('gebuehr fuer strassenoeffnung');
    expect(foldGerman('Café À LA CARTE')).toBe('cafe a la carte');
  });

  it('indexes words with umlauts in both folded forms', () => {
    expect(indexedText('Gebühr erheben')).toBe('gebuehr erheben gebuhr');
    expect(indexedText('Antrag prüfen')).toContain('pruefen');
    expect(indexedText('Antrag prüfen')).toContain('prufen');
    expect(indexedText('Hundesteuer')).toBe('hundesteuer');
  });

  it('turns a query into folded terms with their variants', () => {
    expect(searchTerms('Gebühren')).toEqual([
      { variants: ['gebuehren', 'gebuhren', 'gebuehr'], keyPrefix: null },
    ]);
    expect(searchTerms('Gebuehr')[0]?.variants).toContain('gebuehr');
    expect(searchTerms('an ab Hund')).toEqual([{ variants: ['hund'], keyPrefix: null }]);
    expect(searchTerms('x'.repeat(5) + ' y'.repeat(30))).toHaveLength(1);
  });

  it('reads numbers as the beginning of a LeiKa key, also typed in groups', () => {
    expect(searchTerms('99050012')).toEqual([{ variants: ['99050012'], keyPrefix: '99050012' }]);
    expect(searchTerms('99050 012 104000')).toEqual([
      { variants: ['99050012104000'], keyPrefix: '99050012104000' },
    ]);
    expect(searchTerms('Paragraph 123')[1]).toEqual({ variants: ['123'], keyPrefix: '123' });
  });
});
