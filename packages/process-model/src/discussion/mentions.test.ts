// Tests for finding @mentions of people whose names contain spaces or share a prefix.
import { describe, expect, it } from 'vitest';
import { parseMentions } from './mentions.ts';

const people = [
  { id: 'anna', name: 'Anna' },
  { id: 'anna-maria', name: 'Anna Maria Schulz' },
  { id: 'ben', name: 'Ben Weber' },
  { id: 'jo', name: 'Jo' },
];

describe('parseMentions', () => {
  it('finds names with spaces and prefers the longest known name', () => {
    expect(parseMentions('@Anna Maria Schulz und @Anna, bitte prüfen', people)).toEqual([
      'anna-maria',
      'anna',
    ]);
  });

  it('returns each person once, in order of first mention, ignoring case', () => {
    expect(parseMentions('@ben weber @Anna @Ben Weber', people)).toEqual(['ben', 'anna']);
  });

  it('does not match a name inside a longer word or an @ inside an e-mail address', () => {
    expect(parseMentions('@Johanna und anna@example.org und @Annabelle', people)).toEqual([]);
  });

  it('matches at the end of the text and before punctuation', () => {
    expect(parseMentions('Frage an @Jo.', people)).toEqual(['jo']);
    expect(parseMentions('Danke @Ben Weber', people)).toEqual(['ben']);
  });

  it('mentions everyone who shares the matched name', () => {
    const twins = [...people, { id: 'ben-2', name: 'Ben Weber' }];
    expect(parseMentions('@Ben Weber', twins)).toEqual(['ben', 'ben-2']);
  });

  it('returns nothing for unknown names or people without a name', () => {
    expect(parseMentions('@Niemand', [...people, { id: 'blank', name: '  ' }])).toEqual([]);
  });
});
