// The interface language: German by default, English switchable; the choice is remembered in this browser.
import i18n from 'i18next';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'prozesswerk.language';

export function storedLanguage(): Language {
  const stored = localStorage.getItem(KEY);
  return stored === 'en' ? 'en' : 'de';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}
