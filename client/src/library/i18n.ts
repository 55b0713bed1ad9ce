// Catalogue entries of the process library page and of plain-language request errors, merged into the app's catalogue.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const libraryCatalogue = { de, en } as const;
