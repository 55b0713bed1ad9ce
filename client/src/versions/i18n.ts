// Catalogue entries of versions, freezing, comparing, the read-only version page and lineage.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const versionsCatalogue = { de, en } as const;
