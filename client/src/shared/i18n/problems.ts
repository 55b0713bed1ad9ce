// Catalogue entries of the bottom layer: plain-language text for every problem code the server may answer with.
import { de } from './problems.de.ts';
import { en } from './problems.en.ts';

export const sharedCatalogue = { de, en } as const;
