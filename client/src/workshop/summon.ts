// Summoning: the facilitator writes their viewport; every other browser jumps there when a new summon arrives.
import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Person } from '@prozesswerk/process-model';
import { useWorkshopState, useWorkshopSynced } from './context.tsx';

export function useFollowSummons(me: Person): void {
  const flow = useReactFlow();
  const summon = useWorkshopState().summon;
  const synced = useWorkshopSynced();
  // The summon present at the first sync happened before we came; only later ones move us.
  const seen = useRef<string | undefined | null>(null);
  useEffect(() => {
    if (!synced) return;
    if (seen.current === null) {
      seen.current = summon?.at;
      return;
    }
    if (!summon || summon.at === seen.current) return;
    seen.current = summon.at;
    if (summon.by.id === me.id) return;
    void flow.setViewport(summon.viewport, { duration: 300 });
  }, [flow, me.id, summon, synced]);
}
