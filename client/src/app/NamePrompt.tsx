// Asks for a display name (and optionally the municipality) the first time someone opens Prozesswerk.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveIdentity, type Identity } from '../shared/identity.ts';

export function NamePrompt({ onDone }: { onDone(identity: Identity): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onDone(saveIdentity(name, municipality));
  };
  return (
    <div className="overlay">
      <form
        className="card prompt"
        role="dialog"
        aria-modal="true"
        aria-labelledby="name-title"
        onSubmit={submit}
      >
        <h1 id="name-title">{t('identity.title')}</h1>
        <p className="muted">{t('identity.intro')}</p>
        <div className="field">
          <label htmlFor="identity-name">{t('identity.name')}</label>
          <input
            id="identity-name"
            autoFocus
            required
            maxLength={60}
            value={name}
            placeholder={t('identity.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="identity-municipality">{t('identity.municipality')}</label>
          <input
            id="identity-municipality"
            maxLength={80}
            value={municipality}
            placeholder={t('identity.municipalityPlaceholder')}
            onChange={(event) => setMunicipality(event.target.value)}
          />
        </div>
        <button type="submit" className="button primary" disabled={!name.trim()}>
          {t('identity.continue')}
        </button>
      </form>
    </div>
  );
}
