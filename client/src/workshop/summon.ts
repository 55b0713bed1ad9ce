// Summoning: the facilitator shares what they see; every other browser shows it in the middle of its own visible canvas.
import { useEffect, useRef, useState } from 'react';
import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';
import type { FlowArea, Person, Summon } from '@prozesswerk/process-model';
import { visibleCanvasArea } from '../board/visible-area.ts';
import { useWorkshopState, useWorkshopSynced } from './session-state.ts';
import { setFollowing } from './follow.ts';
import { flowAreaOf, viewportShowing } from './summon-view.ts';

/** How long the note "Die Moderation hat Sie zu ihrer Ansicht geholt" stays on screen. */
const NOTICE_MS = 6000;

/** What this browser sees of the map now (flow coordinates), drawers and bars over the canvas left out. */
export function seenArea(canvas: Element | null, viewport: Viewport): FlowArea | undefined {
  if (!canvas) return undefined;
  const area = visibleCanvasArea(canvas);
  return area.width > 0 && area.height > 0 ? flowAreaOf(viewport, area) : undefined;
}

function summonedViewport(summon: Summon, canvas: Element | null): Viewport {
  if (!summon.area || !canvas) return summon.viewport;
  const area = visibleCanvasArea(canvas);
  if (area.width <= 0 || area.height <= 0) return summon.viewport;
  return viewportShowing(summon.area, summon.viewport.zoom, area);
}

/*
 * Moves this browser when a new summon arrives and returns whether to tell the person so (for a few
 * seconds). A summon also ends follow mode: the facilitator wants everyone here, not back with
 * whoever they followed.
 */
export function useFollowSummons(me: Person, awareness: Awareness): boolean {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const summon = useWorkshopState().summon;
  const synced = useWorkshopSynced();
  const [told, setTold] = useState(false);
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
    void flow.setViewport(summonedViewport(summon, flowStore.getState().domNode), { duration: 300 });
    setTold(true);
  }, [awareness, flow, flowStore, me.id, summon, synced]);
  useEffect(() => {
    if (!told) return;
    const timer = setTimeout(() => setTold(false), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [told, summon?.at]);
  return told;
}
