// Mention autocomplete without React: which '@name' the caret is typing, who matches it, and the text after choosing.
import type { Mentionable } from '@prozesswerk/process-model';

export type MentionQuery = { start: number; query: string };

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Names have a few words at most; past that the '@' is long behind and the list would only get in the way.
const MAX_QUERY_LENGTH = 40;
const MAX_QUERY_WORDS = 3;

/** The mention being typed at `caret`: from an '@' at a word start up to the caret, on one line. */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start === -1) return null;
  // An '@' inside a word is an e-mail address, not a mention (the same rule parseMentions uses).
  if (start > 0 && WORD_CHAR.test(before.charAt(start - 1))) return null;
  const query = before.slice(start + 1);
  if (query.includes('\n') || query.length > MAX_QUERY_LENGTH) return null;
  if (query.split(' ').length > MAX_QUERY_WORDS) return null;
  return { start, query };
}

/*
 * People whose name starts with the query come first, then those with a later word starting with
 * it, then any other name containing it; ties by name. An empty query lists everyone.
 */
export function matchPeople<P extends Mentionable>(query: string, people: readonly P[], limit = 6): P[] {
  const wanted = query.trim().toLocaleLowerCase('de');
  const rank = (person: P): number => {
    const name = person.name.toLocaleLowerCase('de');
    if (name.startsWith(wanted)) return 0;
    if (name.split(/\s+/).some((word) => word.startsWith(wanted))) return 1;
    return name.includes(wanted) ? 2 : -1;
  };
  return people
    .map((person) => ({ person, rank: rank(person) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name, 'de'))
    .slice(0, limit)
    .map((entry) => entry.person);
}

/** Replaces the typed '@query' with '@Full Name ' and says where the caret goes next. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  const rest = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, mention.start) + inserted + rest, caret: mention.start + inserted.length };
}
