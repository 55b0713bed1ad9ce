// Plain-language error text for a failed request, chosen by the problem `code` the server sent.
import type { TFunction } from 'i18next';
import { ProblemError } from './http.ts';

export function problemMessage(t: TFunction, error: unknown): string {
  const code = error instanceof ProblemError ? error.code : 'unknown';
  return t(`problems.${code}`, { defaultValue: t('problems.unknown') });
}
