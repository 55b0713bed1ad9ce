// Catalogue entries of process analysis (metrics panel, hourly rates, image export, process sheet, side-by-side comparison), merged into the app's catalogue at start.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const analysisCatalogue = { de, en } as const;
