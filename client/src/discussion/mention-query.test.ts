import { describe, expect, it } from 'vitest';
import { parseMentions } from '@prozesswerk/process-model';
import { insertMention, matchPeople, mentionAt } from './mention-query.ts';

const people = [
  { id: 'u1', name: 'Anna Schulz' },
  { id: 'u2', name: 'Jonas Anders' },
  { id: 'u3', name: 'Marianne Vogt' },
  { id: 'g1', name: 'Bernd Berger' },
];

describe('mentionAt', () => {
  it('finds the name being typed after an @ at the start or after a space', () => {
    expect(mentionAt('@An', 3)).toEqual({ start: 0, query: 'An' });
    expect(mentionAt('Bitte @Anna S', 13)).toEqual({ start: 6, query: 'Anna S' });
    expect(mentionAt('Bitte @', 7)).toEqual({ start: 6, query: '' });
  });

  it('ignores e-mail addresses, text without @ and mentions on an earlier line', () => {
    expect(mentionAt('post@stadt.de', 13)).toBeNull();
    expect(mentionAt('Hallo', 5)).toBeNull();
    expect(mentionAt('@Anna\nweiter', 12)).toBeNull();
  });

  it('stops suggesting once the text after the @ is clearly not a name any more', () => {
    expect(mentionAt('@Anna hat das schon geprüft', 27)).toBeNull();
  });

  it('reads only up to the caret', () => {
    expect(mentionAt('@Jo und mehr', 3)).toEqual({ start: 0, query: 'Jo' });
  });
});

describe('matchPeople', () => {
  it('puts names starting with the query before later words and inner matches', () => {
    expect(matchPeople('an', people).map((p) => p.id)).toEqual(['u1', 'u2', 'u3']);
  });

  it('matches case-insensitively and lists everyone for an empty query, by name', () => {
    expect(matchPeople('BERG', people).map((p) => p.id)).toEqual(['g1']);
    expect(matchPeople('', people).map((p) => p.name)).toEqual([
      'Anna Schulz',
      'Bernd Berger',
      'Jonas Anders',
      'Marianne Vogt',
    ]);
  });

  it('returns nobody when nothing matches, and at most the limit', () => {
    expect(matchPeople('xyz', people)).toEqual([]);
    expect(matchPeople('', people, 2)).toHaveLength(2);
  });
});

describe('insertMention', () => {
  it('replaces the typed query with the full name so parseMentions finds the person', () => {
    const text = 'Bitte @jon prüfen';
    const result = insertMention(text, { start: 6, query: 'jon' }, 10, 'Jonas Anders');
    expect(result.text).toBe('Bitte @Jonas Anders prüfen');
    expect(result.caret).toBe('Bitte @Jonas Anders '.length);
    expect(parseMentions(result.text, people)).toEqual(['u2']);
  });
});
