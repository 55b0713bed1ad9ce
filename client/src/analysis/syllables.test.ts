// Tests for German hyphenation points in exported labels.
import { describe, expect, it } from 'vitest';
import { syllableBreaks } from './syllables.ts';

function hyphenated(word: string): string {
  let out = '';
  let last = 0;
  for (const at of syllableBreaks(word)) {
    out += `${word.slice(0, at).slice(last)}-`;
    last = at;
  }
  return out + word.slice(last);
}

describe('syllableBreaks', () => {
  it('splits German words at their syllables', () => {
    expect(hyphenated('Sachbearbeitung')).toBe('Sach-be-ar-bei-tung');
    expect(hyphenated('Meldebescheinigung')).toBe('Mel-de-be-schei-ni-gung');
    expect(hyphenated('Gebührenbescheid')).toBe('Ge-büh-ren-be-scheid');
    expect(hyphenated('Zucker')).toBe('Zu-cker');
  });

  it('keeps pairs that begin a syllable together, without splitting the prefix ab-', () => {
    expect(hyphenated('Antrag')).toBe('An-trag');
    expect(hyphenated('Betreuung')).toBe('Be-treu-ung');
    expect(hyphenated('Ausdruck')).toBe('Aus-druck');
    expect(hyphenated('Entscheidung')).toBe('Ent-schei-dung');
    expect(hyphenated('Ablehnung')).toBe('Ab-leh-nung');
    expect(hyphenated('Ausprägung')).toBe('Aus-prä-gung');
    expect(hyphenated('Unterschrift')).toBe('Un-ter-schrift');
  });

  it('never leaves a single letter alone and does not split short words', () => {
    expect(hyphenated('Abend')).toBe('Abend');
    expect(syllableBreaks('ja')).toEqual([]);
  });
});
