// While following someone: a visible note whose view this is, and the way out (moving the map also ends it).
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { setFollowing, useFollowing } from './follow.ts';
import { useParticipants } from './participants.ts';

export function FollowIndicator({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation();
  const following = useFollowing(awareness);
  const people = useParticipants(awareness);
  const followed = people.find((person) => person.clientId === following);
  if (following === null || !followed) return null;
  return (
    <div
      className="follow-indicator"
      role="status"
      style={{ ['--follow' as string]: followed.colour }}
      data-testid="follow-indicator"
    >
      <span>{t('workshop.follow.indicator', { name: followed.name })}</span>
      <span className="follow-indicator-hint">{t('workshop.follow.hint')}</span>
      <button type="button" className="button" onClick={() => setFollowing(awareness, null)}>
        {t('workshop.follow.stop')}
      </button>
    </div>
  );
}
