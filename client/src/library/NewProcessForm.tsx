// "Neuer Prozess": a title and, for people in several municipalities, which one it belongs to.
import { OrgSelect } from '../shared/OrgSelect.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shared/router.ts';
import { createProcessIn } from './api.ts';
import type { Org } from '../shared/processes-api.ts';
import { TextField } from '../shared/fields.tsx';
import { FormError } from '../shared/FormError.tsx';
import { useSubmit } from '../shared/use-submit.ts';

export function NewProcessForm({ orgs }: { orgs: readonly Org[] }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [orgId, setOrgId] = useState('');
  const chosen = orgId || orgs[0]?.id || '';
  const { busy, error, submit } = useSubmit(() => createProcessIn(chosen, title.trim()), {
    what: 'Creating the process',
    onDone: ({ id }) => navigate(`/p/${id}`),
  });

  return (
    <form className="card new-process" onSubmit={submit} aria-labelledby="new-process-title">
      <h2 id="new-process-title">{t('library.create.title')}</h2>
      {orgs.length === 0 ? (
        <p className="muted">{t('library.create.none')}</p>
      ) : (
        <>
          <TextField
            id="new-process-name"
            label={t('library.create.name')}
            value={title}
            maxLength={200}
            placeholder={t('library.create.placeholder')}
            onChange={setTitle}
          />
          <OrgSelect
            id="new-process-org"
            label={t('library.create.org')}
            orgs={orgs}
            value={chosen}
            onChange={setOrgId}
          />
          <FormError error={error} />
          <button type="submit" className="button primary" disabled={busy || !title.trim() || !chosen}>
            {t('library.create.submit')}
          </button>
        </>
      )}
    </form>
  );
}
