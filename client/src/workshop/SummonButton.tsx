// The facilitator's button that brings every participant to the facilitator's current view.
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { summon, type Person } from '@prozesswerk/process-model';
import { useWorkshopSync } from './context.tsx';
import { GatherIcon } from './icons.tsx';

export function SummonButton({ me }: { me: Person }) {
  const { t } = useTranslation();
  const sync = useWorkshopSync();
  const flow = useReactFlow();
  return (
    <button
      type="button"
      className="button"
      title={t('workshop.summonHint')}
      disabled={!sync}
      data-testid="workshop-summon"
      onClick={() => sync && summon(sync.doc, { by: me, viewport: flow.getViewport() })}
    >
      <GatherIcon />
      {t('workshop.summon')}
    </button>
  );
}
