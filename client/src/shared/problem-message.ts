// Plain-language text for a failed request, chosen by the problem `code` the server sent, never its raw detail.
import type { TFunction } from 'i18next';
import { ProblemError } from './http.ts';

/**
 * With a `scope` (e.g. `join`), the scope's own text for the code comes first (`join.errors.<code>`),
 * then the general one (`problems.<code>`), then the scope's `unknown`, then the general `unknown`.
 */
export function problemMessage(t: TFunction, error: unknown, scope?: string): string {
  const code = error instanceof ProblemError ? error.code : 'unknown';
  const fallback = t('problems.unknown');
  const general = t(`problems.${code}`, { defaultValue: '' });
  if (!scope) return general || fallback;
  return t(`${scope}.errors.${code}`, {
    defaultValue: general || t(`${scope}.errors.unknown`, { defaultValue: fallback }),
  });
}
