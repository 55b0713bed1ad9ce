// A button in the top bar that opens the list of who is here: name, municipality and role.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { useParticipants } from './participants.ts';

export function ParticipantsPanel({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const people = useParticipants(awareness);
  return (
    <div className="participants">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="workshop-participants"
        onClick={() => setOpen(!open)}
      >
        {t('workshop.participants.open', { count: people.length })}
      </button>
      {open ? (
        <section
          id="workshop-participants"
          className="participants-panel"
          aria-label={t('workshop.participants.title')}
        >
          <h2>{t('workshop.participants.title')}</h2>
          <table data-testid="workshop-participants">
            <thead>
              <tr>
                <th scope="col">{t('workshop.participants.name')}</th>
                <th scope="col">{t('workshop.participants.municipality')}</th>
                <th scope="col">{t('workshop.participants.role')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.clientId}>
                  <td>{person.isMe ? t('workshop.participants.you', { name: person.name }) : person.name}</td>
                  <td>{person.municipality || '–'}</td>
                  <td>{person.role ? t(`roles.${person.role}`) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
