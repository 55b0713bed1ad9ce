// Who is here: one badge per person with name and municipality, the local user first.
import { useTranslation } from 'react-i18next';
import { initials } from '../../app/identity.ts';
import type { PresenceUser } from '../store/presence.ts';
import { useBoardState } from '../store/context.tsx';

export function PeopleList({ me }: { me: PresenceUser }) {
  const { t } = useTranslation();
  const peers = useBoardState((s) => s.peers);
  const people = [
    { ...me, key: 'me', isMe: true },
    ...peers.map((p) => ({ ...p, key: String(p.clientId), isMe: false })),
  ];
  return (
    <ul className="people" aria-label={t('presence.listLabel', { count: people.length })}>
      {people.map((person) => {
        const title = person.isMe ? t('presence.you', { name: person.name }) : person.name;
        const where = person.municipality ? ` · ${person.municipality}` : '';
        return (
          <li key={person.key} className="person" title={title + where} data-testid="person">
            <span className="avatar" style={{ background: person.colour }} aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="person-text">
              <span className="person-name">{title}</span>
              {person.municipality ? <span className="person-org">{person.municipality}</span> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
