// German-aware search text, the same for SQLite and PostgreSQL: how indexed text is folded, and what a typed query
// becomes. Folding happens here, not in the database, so that both backends find exactly the same things.

/** At most this many words of a query count; trigram matching needs at least three characters per word. */
const MAX_TERMS = 10;
const MIN_TERM_LENGTH = 3;

const withoutMarks = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
const lower = (text: string) => text.normalize('NFC').toLocaleLowerCase('de');

/** "Gebühr" → "gebuehr", "Straße" → "strasse", "Café" → "cafe": how Germans type umlauts without a German keyboard. */
export function foldGerman(text: string): string {
  return withoutMarks(
    lower(text).replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
  );
}

/** "Gebühr" → "gebuhr": umlauts typed without their dots. */
export function stripMarks(text: string): string {
  return withoutMarks(lower(text).replace(/ß/g, 'ss'));
}

/**
 * The form of a text the index holds: folded German, and for each word with an umlaut also its form without the
 * dots, so "Gebuehr", "Gebühr" and "Gebuhr" all find it.
 */
export function indexedText(text: string): string {
  const stripped = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    const plain = stripMarks(word);
    if (plain !== foldGerman(word)) stripped.add(plain);
  }
  const folded = foldGerman(text);
  return stripped.size === 0 ? folded : `${folded} ${[...stripped].join(' ')}`;
}

export type SearchTerm = {
  /** Folded forms of the word, any of which may match (a part of a word counts). */
  variants: string[];
  /** A number typed as a LeiKa key (or its beginning): matched against the start of the key. */
  keyPrefix: string | null;
};

// Inflections stripped for a further variant, so "Anmeldungen" finds "Anmeldung" and "Gebühren" finds "Gebühr".
const SUFFIXES = ['en', 'er', 'es', 'e', 'n', 's'];
const MIN_STEM_LENGTH = 4;

function stem(word: string): string | undefined {
  const suffix = SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= MIN_STEM_LENGTH);
  return suffix ? word.slice(0, -suffix.length) : undefined;
}

/** What a search box's text asks for: every term must match somewhere (in any of its variants). */
export function searchTerms(text: string): SearchTerm[] {
  // A LeiKa key may be typed in groups ("99050 012 104000").
  if (/^[\d\s]+$/.test(text.trim()) && /\d{3}/.test(text.replace(/\s/g, ''))) {
    const digits = text.replace(/\s/g, '').slice(0, 14);
    return [{ variants: [digits], keyPrefix: digits }];
  }
  const terms: SearchTerm[] = [];
  for (const word of lower(text).split(/[^\p{L}\p{N}]+/u)) {
    const folded = foldGerman(word);
    if (folded.length < MIN_TERM_LENGTH) continue;
    const variants = [...new Set([folded, stripMarks(word), stem(folded)])].filter(
      (variant): variant is string => variant !== undefined && variant.length >= MIN_TERM_LENGTH,
    );
    terms.push({ variants, keyPrefix: /^\d+$/.test(word) ? word.slice(0, 14) : null });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

export type EntrySource = { title: string; orgName: string; tags: readonly string[]; description: string };

/** An index entry's text columns, folded; the map's words (body) are folded separately, when they change. */
export function foldedEntry(source: EntrySource): {
  title: string;
  org: string;
  tags: string;
  description: string;
} {
  return {
    title: indexedText(source.title),
    org: indexedText(source.orgName),
    tags: indexedText(source.tags.join(' ')),
    description: indexedText(source.description),
  };
}
