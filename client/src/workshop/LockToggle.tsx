// The facilitator's switch that locks the map for a discussion and unlocks it again.
import { useTranslation } from 'react-i18next';
import { setLocked, type Person } from '@prozesswerk/process-model';
import { useWorkshopState, useWorkshopSync } from './context.tsx';
import { LockIcon } from './icons.tsx';

export function LockToggle({ me }: { me: Person }) {
  const { t } = useTranslation();
  const sync = useWorkshopSync();
  const locked = useWorkshopState().locked;
  return (
    <button
      type="button"
      className={`button${locked ? ' workshop-active' : ''}`}
      aria-pressed={locked}
      disabled={!sync}
      data-testid="workshop-lock"
      onClick={() => sync && setLocked(sync.doc, { locked: !locked, by: me })}
    >
      <LockIcon open={!locked} />
      {locked ? t('workshop.unlock') : t('workshop.lock')}
    </button>
  );
}
