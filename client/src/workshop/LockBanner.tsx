// Tells everyone but the facilitators why the map cannot be edited right now, and what they can still do.
import { useTranslation } from 'react-i18next';
import { useDiscussionUi } from '../discussion/context.tsx';
import { useWorkshopState } from './context.tsx';
import { LockIcon } from './icons.tsx';

export function LockBanner({ exempt }: { exempt: boolean }) {
  const { t } = useTranslation();
  const { locked, lockedBy } = useWorkshopState();
  // Commenting and voting write the discussion, which the lock leaves open to everyone who may comment.
  const mayDiscuss = useDiscussionUi((state) => state.canWrite);
  if (!locked || exempt) return null;
  return (
    <div className="banner workshop-lock-banner" role="status" data-testid="workshop-locked-banner">
      <LockIcon /> <strong>{t('workshop.lockedBanner')}</strong>
      {lockedBy ? ` ${t('workshop.lockedBy', { name: lockedBy.name })}` : null}
      {mayDiscuss ? <span className="workshop-lock-hint"> {t('workshop.lockedHint')}</span> : null}
    </div>
  );
}
