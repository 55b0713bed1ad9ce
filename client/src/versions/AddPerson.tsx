// Free entry of someone who agreed but is not on the list of people present: a name and a municipality.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from './api.ts';

export function AddPerson({ onAdd }: { onAdd(person: Person): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const add = () => {
    if (!name.trim()) return;
    onAdd({ name: name.trim(), org: org.trim() });
    setName('');
    setOrg('');
  };
  return (
    <div className="agree-add" role="group" aria-label={t('freeze.addPerson')}>
      <div className="field">
        <label htmlFor="agree-name">{t('freeze.personName')}</label>
        <input
          id="agree-name"
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="agree-org">{t('freeze.personOrg')}</label>
        <input id="agree-org" value={org} maxLength={120} onChange={(event) => setOrg(event.target.value)} />
      </div>
      <button type="button" className="button" onClick={add} disabled={!name.trim()}>
        {t('freeze.add')}
      </button>
    </div>
  );
}
