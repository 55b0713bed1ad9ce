// Who is here: one avatar per person (name and municipality on hover and for screen readers), the local user first.
import { useTranslation } from 'react-i18next';
import { initials } from '../../app/identity.ts';
import type { PresenceUser } from '../store/presence.ts';
import { useBoardState } from '../store/context.tsx';

// A workshop can have thirty people; past this many the bar shows "+n" and the participants panel lists everyone.
const MAX_AVATARS = 6;

export function PeopleList({ me }: { me: PresenceUser }) {
  const { t } = useTranslation();
  const peers = useBoardState((s) => s.peers);
  const people = [
    { ...me, key: 'me', isMe: true },
    ...peers.map((p) => ({ ...p, key: String(p.clientId), isMe: false })),
  ];
  const shown = people.slice(0, MAX_AVATARS);
  const hidden = people.length - shown.length;
  return (
    <ul className="people" aria-label={t('presence.listLabel', { count: people.length })}>
      {shown.map((person) => {
        const title = person.isMe ? t('presence.you', { name: person.name }) : person.name;
        const where = person.municipality ? ` · ${person.municipality}` : '';
        return (
          <li key={person.key} className="person" title={title + where} data-testid="person">
            <span className="avatar" style={{ background: person.colour }} aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="visually-hidden">
              {title}
              {where}
            </span>
          </li>
        );
      })}
      {hidden > 0 ? (
        <li className="person person-more" title={t('presence.more', { count: hidden })}>
          <span className="avatar avatar-more" aria-hidden="true">
            +{hidden}
          </span>
          <span className="visually-hidden">{t('presence.more', { count: hidden })}</span>
        </li>
      ) : null}
    </ul>
  );
}
