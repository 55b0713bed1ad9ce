// Catalogue entries of process analysis (metrics panel, hourly rates, image export, process sheet, side-by-side comparison), merged into the app's catalogue at start.
export const analysisCatalogue = {
  de: {},
  en: {},
};
