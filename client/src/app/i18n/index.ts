// i18next set-up: German bundled with the app (the default), English loaded only when this browser chose it.
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storedLanguage } from '../../shared/language.ts';
import { german } from './german.ts';

/*
 * Every other language comes from its own chunk the first time it is asked for (at start, or by the language
 * switch: i18next waits for it before it changes language). On weak Wi-Fi the English half of the catalogues was
 * a tenth of the editor's first load.
 */
const otherLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, done) {
    if (language !== 'en') return done(null, {});
    import('./english.ts').then(
      ({ english }) => done(null, english as ResourceKey),
      (error: unknown) => done(error instanceof Error ? error.message : String(error), false),
    );
  },
};

export function initI18n(): typeof i18n {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18n
    .use(otherLanguages)
    .use(initReactI18next)
    .init({
      resources: { de: { translation: german } },
      partialBundledLanguages: true,
      lng,
      fallbackLng: 'de',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return i18n;
}
