// Publishing a version with consent: what every municipality will see, and what the publisher chooses to add —
// the internal discussion (left out by default), names (municipality only by default) and the hourly rates.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { publishVersion, type PublicationConsent } from './api.ts';

type Props = { processId: string; version: number; onCancel(): void; onPublished(): void };

export function PublishDialog({ processId, version, onCancel, onPublished }: Props) {
  const { t } = useTranslation();
  const [consent, setConsent] = useState<PublicationConsent>({
    discussion: false,
    names: 'municipality',
    hourlyRates: false,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (change: Partial<PublicationConsent>) => setConsent((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await publishVersion(processId, version, consent);
      onPublished();
    } catch (failure) {
      console.warn('Publishing failed', failure);
      setError(problemMessage(t, failure));
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy="publish-title" onClose={onCancel} onSubmit={submit} className="publish-dialog">
      <h2 id="publish-title" className="card-title">
        {t('publish.title', { n: version })}
      </h2>
      <p className="card-lead">{t('publish.lead')}</p>
      <h3>{t('publish.alwaysTitle')}</h3>
      <ul className="publish-always">
        <li>{t('publish.always.map')}</li>
        <li>{t('publish.always.metrics')}</li>
        <li>{t('publish.always.meta')}</li>
      </ul>
      <fieldset>
        <legend>{t('publish.choices')}</legend>
        <label className="publish-choice">
          <input
            type="checkbox"
            checked={consent.discussion}
            aria-describedby="publish-discussion-hint"
            onChange={(event) => set({ discussion: event.target.checked })}
          />
          {t('publish.discussion')}
        </label>
        <small id="publish-discussion-hint" className="field-hint">
          {t('publish.discussionHint')}
        </small>
        <label className="publish-choice">
          <input
            type="checkbox"
            checked={consent.hourlyRates}
            aria-describedby="publish-rates-hint"
            onChange={(event) => set({ hourlyRates: event.target.checked })}
          />
          {t('publish.hourlyRates')}
        </label>
        <small id="publish-rates-hint" className="field-hint">
          {t('publish.hourlyRatesHint')}
        </small>
      </fieldset>
      <fieldset>
        <legend>{t('publish.names')}</legend>
        <label className="publish-choice">
          <input
            type="radio"
            name="publish-names"
            checked={consent.names === 'municipality'}
            onChange={() => set({ names: 'municipality' })}
          />
          {t('publish.namesMunicipality')}
        </label>
        <label className="publish-choice">
          <input
            type="radio"
            name="publish-names"
            checked={consent.names === 'full'}
            onChange={() => set({ names: 'full' })}
          />
          {t('publish.namesFull')}
        </label>
      </fieldset>
      <p role="status" className="publish-summary">
        {t('publish.summary', {
          discussion: consent.discussion ? t('publish.with') : t('publish.without'),
          names: consent.names === 'full' ? t('publish.withNames') : t('publish.withoutNames'),
          rates: consent.hourlyRates ? t('publish.with') : t('publish.without'),
        })}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('publish.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t('publish.submit')}
        </button>
      </div>
    </Modal>
  );
}
