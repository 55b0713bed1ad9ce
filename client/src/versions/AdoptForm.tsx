// "Übernehmen in meine Kommune": adopts a version as a new process of a municipality where one may edit.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast } from '@prozesswerk/protocol';
import { navigate } from '../shared/router.ts';
import { fetchMyOrgs, type Org } from '../shared/processes-api.ts';
import { sharedKeys } from '../shared/query-keys.ts';
import { SelectField, TextField } from '../shared/fields.tsx';
import { FormError } from '../shared/FormError.tsx';
import { useSubmit } from '../shared/use-submit.ts';
import { adoptVersion } from './api.ts';

type Props = { processId: string; version: number | null };

export function AdoptForm({ processId, version }: Props) {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: sharedKeys.myOrgs, queryFn: fetchMyOrgs, retry: false });
  const [chosenOrgId, setOrgId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  // Guests have no municipalities: they simply cannot adopt.
  const orgs: Org[] | null = mine.data
    ? mine.data.filter((org) => atLeast(org.role, 'editor'))
    : mine.isError
      ? []
      : null;
  const orgId = chosenOrgId ?? orgs?.[0]?.id ?? '';
  const { busy, error, submit } = useSubmit(
    () => adoptVersion(processId, version!, orgId, title.trim() || undefined),
    { what: 'Adopting the version', onDone: (adopted) => navigate(`/p/${adopted.id}`) },
  );

  if (!orgs) return null;
  if (version === null) return <p className="muted">{t('lineage.adoptNothing')}</p>;
  if (orgs.length === 0) return <p className="muted">{t('lineage.adoptNone')}</p>;

  return (
    <form onSubmit={submit} aria-label={t('lineage.adopt')}>
      <h3>{t('lineage.adopt')}</h3>
      <SelectField
        id={`adopt-org-${processId}`}
        label={t('lineage.adoptInto')}
        value={orgId}
        options={orgs.map((org) => ({ value: org.id, label: org.name }))}
        onChange={setOrgId}
      />
      <TextField
        id={`adopt-title-${processId}`}
        label={t('lineage.adoptTitle')}
        value={title}
        maxLength={200}
        onChange={setTitle}
        optional
      />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy || !orgId}>
        {t('lineage.adoptSubmit')}
      </button>
    </form>
  );
}
