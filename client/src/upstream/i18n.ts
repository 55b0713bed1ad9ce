// Catalogue entries of a variant following its origin: the banner, the review drawer and the marks on the map.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const upstreamCatalogue = { de, en } as const;
