// Catalogue entries of the setup, join and invite screens, merged into the app's catalogue at start.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const authCatalogue = { de, en } as const;
