// Catalogue entries of the discussion (comment threads, pins, side panel, mentions, unread, decision log), merged into the app's catalogue at start.
export const discussionCatalogue = {
  de: {},
  en: {},
};
