// Catalogue entries of the text view ("Textansicht"): the map as a structured outline to read and edit.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const textViewCatalogue = { de, en } as const;
