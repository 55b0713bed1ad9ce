// "Übernehmen in meine Kommune": adopts a version as a new process of a municipality where one may edit.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast } from '@prozesswerk/protocol';
import { navigate } from '../app/router.ts';
import { adoptVersion, fetchMyOrgs, type Org } from '../library/api.ts';
import { problemMessage } from '../library/problem-message.ts';

type Props = { processId: string; version: number | null };

export function AdoptForm({ processId, version }: Props) {
  const { t } = useTranslation();
  const [orgs, setOrgs] = useState<Org[] | null>(null);
  const [orgId, setOrgId] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetchMyOrgs().then(
      (mine) => {
        if (cancelled) return;
        const writable = mine.filter((org) => atLeast(org.role, 'editor'));
        setOrgs(writable);
        setOrgId(writable[0]?.id ?? '');
      },
      (failure: unknown) => {
        // Guests have no municipalities: they simply cannot adopt.
        console.warn('Could not list my municipalities', failure);
        if (!cancelled) setOrgs([]);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (!orgs) return null;
  if (version === null) return <p className="muted">{t('lineage.adoptNothing')}</p>;
  if (orgs.length === 0) return <p className="muted">{t('lineage.adoptNone')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const adopted = await adoptVersion(processId, version, orgId, title.trim() || undefined);
      navigate(`/p/${adopted.id}`);
    } catch (failure) {
      console.warn('Adopting the version failed', failure);
      setError(problemMessage(t, failure));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label={t('lineage.adopt')}>
      <h3>{t('lineage.adopt')}</h3>
      <div className="field">
        <label htmlFor={`adopt-org-${processId}`}>{t('lineage.adoptInto')}</label>
        <select
          id={`adopt-org-${processId}`}
          value={orgId}
          onChange={(event) => setOrgId(event.target.value)}
        >
          {orgs.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`adopt-title-${processId}`}>{t('lineage.adoptTitle')}</label>
        <input
          id={`adopt-title-${processId}`}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy || !orgId}>
        {t('lineage.adoptSubmit')}
      </button>
    </form>
  );
}
