// Catalogue entries of BPMN import and export (file dialog, drag and drop, tidy up), merged into the app's catalogue at start.
export const interchangeCatalogue = {
  de: {},
  en: {},
};
