// The facilitator's button that brings every participant to the facilitator's current view.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { summon, type Person } from '@prozesswerk/process-model';
import { useDoc } from '../sync/process-context.tsx';
import { GatherIcon } from './icons.tsx';
import { seenArea } from './summon.ts';

export function SummonButton({ me }: { me: Person }) {
  const { t } = useTranslation();
  const doc = useDoc('session');
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const bringEveryone = () => {
    const viewport = flow.getViewport();
    const area = seenArea(flowStore.getState().domNode, viewport);
    summon(doc, { by: me, viewport, ...(area ? { area } : {}) });
  };
  return (
    <button
      type="button"
      className="button"
      title={t('workshop.summonHint')}
      data-testid="workshop-summon"
      onClick={bringEveryone}
    >
      <GatherIcon />
      {t('workshop.summon')}
    </button>
  );
}
