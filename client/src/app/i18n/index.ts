// i18next set-up: German by default, English switchable; the choice is remembered in this browser.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { featureCatalogues } from './catalogues.ts';
import de from './de.json';
import en from './en.json';

// Each feature folder brings its own catalogue; their top-level keys do not overlap.
const catalogues = Object.values(featureCatalogues);

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'prozesswerk.language';

function storedLanguage(): Language {
  const stored = localStorage.getItem(KEY);
  return stored === 'en' ? 'en' : 'de';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

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
