// Catalogue entries of the workshop controls (lock, summon, timer, follow, voting, notes), merged into the app's catalogue at start.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const workshopCatalogue = { de, en } as const;
