// A person's municipality as shown: one a workshop guest typed in themselves is marked as self-declared.
import type { TFunction } from 'i18next';

/** Nobody checked a guest's municipality, so wherever it is shown it says so. */
export function municipalityLabel(t: TFunction, municipality: string, declared: boolean | undefined): string {
  if (!municipality) return '';
  return declared ? t('presence.selfDeclared', { municipality }) : municipality;
}
