// "Neuer Prozess": a title and, for people in several municipalities, which one it belongs to.
import { OrgSelect } from './OrgSelect.tsx';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.ts';
import { createProcessIn, type Org } from './api.ts';
import { problemMessage } from './problem-message.ts';

export function NewProcessForm({ orgs }: { orgs: readonly Org[] }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [orgId, setOrgId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = orgId || orgs[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { id } = await createProcessIn(chosen, title.trim());
      navigate(`/p/${id}`);
    } catch (failure) {
      console.warn('Creating the process failed', failure);
      setError(problemMessage(t, failure));
      setBusy(false);
    }
  };

  return (
    <form className="card new-process" onSubmit={submit} aria-labelledby="new-process-title">
      <h2 id="new-process-title">{t('library.create.title')}</h2>
      {orgs.length === 0 ? (
        <p className="muted">{t('library.create.none')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="new-process-name">{t('library.create.name')}</label>
            <input
              id="new-process-name"
              value={title}
              maxLength={200}
              required
              placeholder={t('library.create.placeholder')}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <OrgSelect
            id="new-process-org"
            label={t('library.create.org')}
            orgs={orgs}
            value={chosen}
            onChange={setOrgId}
          />
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="button primary" disabled={busy || !title.trim() || !chosen}>
            {t('library.create.submit')}
          </button>
        </>
      )}
    </form>
  );
}
