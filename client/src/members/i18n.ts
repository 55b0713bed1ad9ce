// Catalogue entries of member administration and of the invitation and password-reset pages.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const membersCatalogue = { de, en } as const;
