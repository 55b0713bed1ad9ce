// A button in the top bar that opens the list of who is here: name, municipality, role, whom each follows.
import { municipalityLabel } from '../shared/municipality.ts';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { DropdownPanel } from './DropdownPanel.tsx';
import { setFollowing } from './follow.ts';
import { useParticipants, type Participant } from './participants.ts';

export function ParticipantsPanel({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation();
  const people = useParticipants(awareness);
  const me = people.find((person) => person.isMe);
  return (
    <DropdownPanel
      id="workshop-participants"
      button={t('workshop.participants.open', { count: people.length })}
      title={t('workshop.participants.title')}
      label={t('workshop.participants.title')}
      closeLabel={t('workshop.participants.close')}
    >
      <table data-testid="workshop-participants">
        <thead>
          <tr>
            <th scope="col">{t('workshop.participants.name')}</th>
            <th scope="col">{t('workshop.participants.municipality')}</th>
            <th scope="col">{t('workshop.participants.role')}</th>
            <th scope="col">{t('workshop.follow.column')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('workshop.follow.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.clientId}>
              <td>
                <span className="participant-dot" style={{ background: person.colour }} aria-hidden="true" />
                {person.isMe ? t('workshop.participants.you', { name: person.name }) : person.name}
              </td>
              <td>{municipalityLabel(t, person.municipality, person.municipalityDeclared) || '–'}</td>
              <td>{person.role ? t(`roles.${person.role}`) : '–'}</td>
              <td>{followedName(person, people, t)}</td>
              <td>
                {person.isMe ? null : (
                  <FollowButton
                    person={person}
                    following={me?.following === person.clientId}
                    awareness={awareness}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DropdownPanel>
  );
}

function followedName(person: Participant, people: Participant[], t: (key: string) => string): string {
  if (person.following === null) return '–';
  const followed = people.find((other) => other.clientId === person.following);
  if (!followed) return '–';
  return followed.isMe ? t('workshop.follow.you') : followed.name;
}

type FollowButtonProps = { person: Participant; following: boolean; awareness: Awareness };

function FollowButton({ person, following, awareness }: FollowButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="link-button"
      aria-pressed={following}
      aria-label={
        following
          ? t('workshop.follow.stopName', { name: person.name })
          : t('workshop.follow.startName', { name: person.name })
      }
      onClick={() => setFollowing(awareness, following ? null : person.clientId)}
    >
      {following ? t('workshop.follow.stop') : t('workshop.follow.start')}
    </button>
  );
}
