// The facilitator's switch that locks the map for a discussion and unlocks it again.
import { useTranslation } from 'react-i18next';
import { setLocked, type Person } from '@prozesswerk/process-model';
import { useDoc } from '../sync/process-context.tsx';
import { useWorkshopState } from './session-state.ts';
import { LockIcon } from './icons.tsx';

export function LockToggle({ me }: { me: Person }) {
  const { t } = useTranslation();
  const doc = useDoc('session');
  const locked = useWorkshopState().locked;
  return (
    <button
      type="button"
      className={`button${locked ? ' workshop-active' : ''}`}
      aria-pressed={locked}
      data-testid="workshop-lock"
      onClick={() => setLocked(doc, { locked: !locked, by: me })}
    >
      <LockIcon open={!locked} />
      {locked ? t('workshop.unlock') : t('workshop.lock')}
    </button>
  );
}
