// Catalogue entries of BPMN import and export (file dialog, drag and drop, tidy up), merged into the app's catalogue at start.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const interchangeCatalogue = { de, en } as const;
