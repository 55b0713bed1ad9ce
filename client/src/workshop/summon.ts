// Summoning: the facilitator writes their viewport; every other browser jumps there when a new summon arrives.
import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';
import type { Person } from '@prozesswerk/process-model';
import { useWorkshopState, useWorkshopSynced } from './context.tsx';
import { setFollowing } from './follow.ts';

// A summon also ends follow mode: the facilitator wants everyone here, not back with whoever they followed.
export function useFollowSummons(me: Person, awareness: Awareness): void {
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
    setFollowing(awareness, null);
    void flow.setViewport(summon.viewport, { duration: 300 });
  }, [awareness, flow, me.id, summon, synced]);
}
