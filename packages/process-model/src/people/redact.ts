// Erasing a person from a live document of any channel: their person entries take a pseudonym, and their name and
// email leave the free text, in one transaction that syncs like any other edit.
import * as Y from 'yjs';

export interface PersonRedaction {
  // The ids the person acted under: their account and any workshop guest ids.
  ids: ReadonlySet<string>;
  // What they are called from now on, e.g. "Ehemalige Person 7".
  pseudonym: string;
  // Words to take out of free text wherever they stand: the full name (two words or more) and email addresses.
  phrases: readonly string[];
}

/*
 * Walks every top-level type of the document. A person entry is a plain object with a string `id` and `name`
 * (comment authors, thread openers, resolutions, lock and summon in the session); one with a redacted id becomes
 * `{ id, name: pseudonym }`, its municipality dropped. Strings (in maps, arrays and Y.Text) lose the phrases.
 * Returns how many values changed; 0 means the document was not touched at all.
 */
export function redactPerson(doc: Y.Doc, redaction: PersonRedaction, origin: unknown = null): number {
  const pattern = phrasePattern(redaction.phrases);
  let changed = 0;
  doc.transact(() => {
    for (const type of rootTypes(doc)) changed += redactType(type, redaction, pattern);
  }, origin);
  return changed;
}

/** Only full names are replaced in free text: a single word like "Jo" would hit unrelated words. */
export function phrasesFor(name: string, emails: readonly string[]): string[] {
  const trimmed = name.trim();
  const words = trimmed.split(/\s+/).filter(Boolean);
  return [...(words.length >= 2 ? [trimmed] : []), ...emails.filter((e) => e.includes('@'))];
}

type Shared = Y.Map<unknown> | Y.Array<unknown> | Y.Text;

// A top-level type that arrived by update and was never named is a bare AbstractType; naming it gives it its kind.
function rootTypes(doc: Y.Doc): Shared[] {
  const roots: Shared[] = [];
  for (const [name, type] of [...doc.share]) {
    if (type instanceof Y.Map || type instanceof Y.Array || type instanceof Y.Text)
      roots.push(type as Shared);
    else if (type._start === null) roots.push(doc.getMap(name));
    else if (type._start.content instanceof Y.ContentString) roots.push(doc.getText(name));
    else roots.push(doc.getArray(name));
  }
  return roots;
}

function redactType(type: unknown, r: PersonRedaction, pattern: RegExp | null): number {
  if (type instanceof Y.Map) return redactMap(type as Y.Map<unknown>, r, pattern);
  if (type instanceof Y.Array) return redactArray(type as Y.Array<unknown>, r, pattern);
  if (type instanceof Y.Text) return redactText(type, r, pattern);
  return 0;
}

function redactMap(map: Y.Map<unknown>, r: PersonRedaction, pattern: RegExp | null): number {
  let changed = 0;
  for (const [key, value] of [...map.entries()]) {
    if (value instanceof Y.AbstractType) {
      changed += redactType(value, r, pattern);
      continue;
    }
    const next = redactValue(value, r, pattern);
    if (next !== value) {
      map.set(key, next);
      changed += 1;
    }
  }
  return changed;
}

function redactArray(array: Y.Array<unknown>, r: PersonRedaction, pattern: RegExp | null): number {
  let changed = 0;
  array.toArray().forEach((value, index) => {
    if (value instanceof Y.AbstractType) {
      changed += redactType(value, r, pattern);
      return;
    }
    const next = redactValue(value, r, pattern);
    if (next === value) return;
    array.delete(index, 1);
    array.insert(index, [next]);
    changed += 1;
  });
  return changed;
}

function redactText(text: Y.Text, r: PersonRedaction, pattern: RegExp | null): number {
  if (!pattern) return 0;
  const content = text.toString();
  const matches = [...content.matchAll(pattern)].reverse();
  for (const match of matches) {
    text.delete(match.index, match[0].length);
    text.insert(match.index, r.pseudonym);
  }
  return matches.length;
}

/** The value with the person redacted, or the very same value when nothing in it concerns them. */
function redactValue(value: unknown, r: PersonRedaction, pattern: RegExp | null): unknown {
  if (typeof value === 'string') return pattern ? replaceAll(value, pattern, r.pseudonym) : value;
  if (Array.isArray(value)) {
    const items = value.map((item) => redactValue(item, r, pattern));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  const record = value as Record<string, unknown>;
  if (typeof record.id === 'string' && typeof record.name === 'string' && r.ids.has(record.id)) {
    return { id: record.id, name: r.pseudonym };
  }
  let changed = false;
  const entries = Object.entries(record).map(([key, item]): [string, unknown] => {
    const next = redactValue(item, r, pattern);
    if (next !== item) changed = true;
    return [key, next];
  });
  return changed ? Object.fromEntries(entries) : value;
}

function replaceAll(text: string, pattern: RegExp, by: string): string {
  const replaced = text.replace(pattern, by);
  return replaced === text ? text : replaced;
}

// Whole words only, any case: "Anna Albrecht" but not "Johanna Albrechts".
function phrasePattern(phrases: readonly string[]): RegExp | null {
  const alternatives = phrases
    .map((phrase) => phrase.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
