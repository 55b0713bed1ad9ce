// The facilitator's dialog to freeze the current state: name, note, and who agreed (people present or typed in).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal.tsx';
import { TextField } from '../shared/fields.tsx';
import { FormError } from '../shared/FormError.tsx';
import { useSubmit } from '../shared/use-submit.ts';
import { freezeVersion, type Person, type VersionMeta } from './api.ts';
import { AddPerson } from './AddPerson.tsx';

type Props = {
  processId: string;
  participants: readonly Person[];
  onFrozen(meta: VersionMeta): void;
  onCancel(): void;
};

const keyOf = (person: Person) => `${person.name}\u0000${person.org}`;

function uniquePeople(people: readonly Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const person of people) if (person.name.trim()) seen.set(keyOf(person), person);
  return [...seen.values()];
}

export function FreezeDialog({ processId, participants, onFrozen, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [people, setPeople] = useState(() => uniquePeople(participants));
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(people.map(keyOf)));

  const toggle = (key: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const { busy, error, submit } = useSubmit(
    () => {
      const agreedBy = people.filter((person) => ticked.has(keyOf(person)));
      return freezeVersion(processId, { name: name.trim(), note: note.trim(), agreedBy });
    },
    { what: 'Freezing the version', onDone: onFrozen },
  );

  return (
    <Modal labelledBy="freeze-title" onClose={onCancel} onSubmit={submit} className="freeze-dialog">
      <h2 id="freeze-title">{t('freeze.title')}</h2>
      <p className="muted">{t('freeze.lead')}</p>
      <TextField
        id="freeze-name"
        label={t('freeze.name')}
        value={name}
        maxLength={120}
        autoFocus
        placeholder={t('freeze.namePlaceholder')}
        onChange={setName}
      />
      <TextField
        id="freeze-note"
        label={t('freeze.note')}
        value={note}
        onChange={setNote}
        optional
        multiline
      />
      <fieldset>
        <legend>{t('freeze.agreed')}</legend>
        {people.length === 0 ? <p className="muted">{t('freeze.nobodyPresent')}</p> : null}
        <ul className="agree-list">
          {people.map((person) => (
            <li key={keyOf(person)}>
              <label>
                <input
                  type="checkbox"
                  checked={ticked.has(keyOf(person))}
                  onChange={(event) => toggle(keyOf(person), event.target.checked)}
                />
                {person.name}
                {person.org ? <span className="muted">({person.org})</span> : null}
              </label>
            </li>
          ))}
        </ul>
        <AddPerson
          onAdd={(person) => {
            setPeople((current) => uniquePeople([...current, person]));
            toggle(keyOf(person), true);
          }}
        />
      </fieldset>
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy || !name.trim()}>
          {t('freeze.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('freeze.cancel')}
        </button>
      </div>
    </Modal>
  );
}
