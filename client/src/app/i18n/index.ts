// i18next set-up: every feature's catalogue merged, in the language this browser chose (German by default).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storedLanguage } from '../../shared/language.ts';
import { featureCatalogues } from './catalogues.ts';
import de from '../../shared/i18n/de.json';
import en from '../../shared/i18n/en.json';

// Each feature folder brings its own catalogue; their top-level keys do not overlap.
const catalogues = Object.values(featureCatalogues);

export function initI18n(): typeof i18n {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18n.use(initReactI18next).init({
    resources: {
      de: { translation: Object.assign({}, de, ...catalogues.map((catalogue) => catalogue.de)) },
      en: { translation: Object.assign({}, en, ...catalogues.map((catalogue) => catalogue.en)) },
    },
    lng,
    fallbackLng: 'de',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
