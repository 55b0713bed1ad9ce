// Tells everyone but the facilitators why the map cannot be edited right now.
import { useTranslation } from 'react-i18next';
import { useWorkshopState } from './context.tsx';
import { LockIcon } from './icons.tsx';

export function LockBanner({ exempt }: { exempt: boolean }) {
  const { t } = useTranslation();
  const { locked, lockedBy } = useWorkshopState();
  if (!locked || exempt) return null;
  return (
    <div className="banner workshop-lock-banner" role="status" data-testid="workshop-locked-banner">
      <LockIcon /> <strong>{t('workshop.lockedBanner')}</strong>
      {lockedBy ? ` ${t('workshop.lockedBy', { name: lockedBy.name })}` : null}
    </div>
  );
}
