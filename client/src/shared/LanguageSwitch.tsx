// Switches the interface between German and English.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from './language.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className={i18n.language === language ? 'is-active' : ''}
          aria-pressed={i18n.language === language}
          // The visible code first, then the language's name: a voice-control user says what they see.
          aria-label={`${language.toUpperCase()} – ${t(`app.languages.${language}`)}`}
          lang={language}
          onClick={() => setLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
