// Tells everyone but the facilitators why the map cannot be edited right now, and what they can still do.
import { useTranslation } from 'react-i18next';
import { atLeast } from '@prozesswerk/protocol';
import { useMayWrite, useProcess } from '../sync/process-context.tsx';
import { useWorkshopState } from './session-state.ts';
import { LockIcon } from './icons.tsx';

/** Facilitators and admins may still edit while the map is locked; they see their own controls instead. */
export function LockBanner() {
  const { t } = useTranslation();
  const exempt = atLeast(useProcess().role, 'facilitator');
  const { locked, lockedBy } = useWorkshopState();
  // Commenting and voting write the discussion, which the lock leaves open to everyone who may comment.
  const mayDiscuss = useMayWrite('discussion');
  if (!locked || exempt) return null;
  return (
    <div className="banner workshop-lock-banner" role="status" data-testid="workshop-locked-banner">
      <LockIcon /> <strong>{t('workshop.lockedBanner')}</strong>
      {lockedBy ? ` ${t('workshop.lockedBy', { name: lockedBy.name })}` : null}
      {mayDiscuss ? <span className="workshop-lock-hint"> {t('workshop.lockedHint')}</span> : null}
    </div>
  );
}
