// Catalogue entries of the discussion (comment threads, pins, side panel, mentions, unread, decision log), merged into the app's catalogue at start.
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';

export const discussionCatalogue = { de, en } as const;
