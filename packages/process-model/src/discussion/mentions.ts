// Finds the people an '@Name' in a comment refers to, for names with spaces and names that share a prefix.

export interface Mentionable {
  id: string;
  name: string;
}

// Letters and digits: a name must not end in the middle of a word, and an '@' inside a word
// (an e-mail address) is not a mention.
const WORD_CHAR = /[\p{L}\p{N}]/u;

/*
 * Returns the ids of the people mentioned, each once, in order of first mention. At each '@' the
 * longest known name that follows (case-insensitively, up to a word boundary) wins, so
 * '@Anna Maria Schulz' mentions Anna Maria Schulz and not Anna Maria. When several people share
 * that name, all of them are mentioned: telling one person too many beats telling the wrong one.
 */
export function parseMentions(text: string, people: readonly Mentionable[]): string[] {
  const candidates = people
    .map((person) => ({ id: person.id, name: person.name.trim() }))
    .filter((person) => person.name !== '')
    .sort((a, b) => b.name.length - a.name.length);
  const ids: string[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && WORD_CHAR.test(text.charAt(at - 1))) continue;
    const start = at + 1;
    const longest = candidates.find((person) => namedAt(text, start, person.name));
    if (longest === undefined) continue;
    for (const person of candidates) {
      if (
        person.name.length === longest.name.length &&
        namedAt(text, start, person.name) &&
        !ids.includes(person.id)
      ) {
        ids.push(person.id);
      }
    }
  }
  return ids;
}

function namedAt(text: string, start: number, name: string): boolean {
  const end = start + name.length;
  if (text.slice(start, end).toLowerCase() !== name.toLowerCase()) return false;
  return end === text.length || !WORD_CHAR.test(text.charAt(end));
}
