// The library search's matching and ranking, written once for both SQL dialects from the folded terms of search-text.ts.
import type { SearchTerm } from './search-text.ts';

/** How much a term found in each place counts; a process's rank is the sum over the query's terms. */
export const RANK_WEIGHTS = {
  keyExact: 100,
  keyPrefix: 60,
  title: 30,
  titleWordStart: 10,
  org: 20,
  tags: 15,
  description: 5,
  body: 1,
} as const;

/** SQL expressions of one index entry's columns (all folded, the key as digits). */
export type IndexColumns = {
  key: string;
  title: string;
  org: string;
  tags: string;
  description: string;
  body: string;
};

export type Dialect = {
  /** Binds a value and returns its placeholder. */
  bind(value: string): string;
  /** SQL that is true when `haystack` contains the bound `needle`. */
  contains(haystack: string, needle: string): string;
};

/** Sums what each term earns where it is found: the LeiKa key, title (more at a word's start), municipality, tags… */
export function rankExpression(terms: readonly SearchTerm[], columns: IndexColumns, d: Dialect): string {
  if (terms.length === 0) return '0';
  const anyVariant = (column: string, term: SearchTerm, prefix = '') =>
    term.variants
      .map((v) => d.contains(prefix ? `'${prefix}' || ${column}` : column, d.bind(prefix + v)))
      .join(' OR ');
  const parts = terms.flatMap((term) => {
    const scored: [string, number][] = [
      [anyVariant(columns.title, term), RANK_WEIGHTS.title],
      [anyVariant(columns.title, term, ' '), RANK_WEIGHTS.titleWordStart],
      [anyVariant(columns.org, term), RANK_WEIGHTS.org],
      [anyVariant(columns.tags, term), RANK_WEIGHTS.tags],
      [anyVariant(columns.description, term), RANK_WEIGHTS.description],
      [anyVariant(columns.body, term), RANK_WEIGHTS.body],
    ];
    if (term.keyPrefix) {
      scored.unshift(
        [`${columns.key} = ${d.bind(term.keyPrefix)}`, RANK_WEIGHTS.keyExact],
        [`${columns.key} LIKE ${d.bind(`${term.keyPrefix}%`)}`, RANK_WEIGHTS.keyPrefix],
      );
    }
    return scored.map(([condition, weight]) => `(CASE WHEN ${condition} THEN ${weight} ELSE 0 END)`);
  });
  return parts.join(' + ');
}
