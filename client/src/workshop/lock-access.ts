// Keeps the board's read-only state in step with the workshop lock.
import { useEffect, useRef } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { SyncStatus } from '../sync/session.ts';
import { useMapLocked } from './context.tsx';

/*
 * A change sent just before the lock arrived is refused with `map-locked`; that refusal says nothing
 * once the facilitator unlocks, so forget it then or the board would stay read-only for good.
 */
export function useWorkshopLock(status: StoreApi<SyncStatus>): boolean {
  const locked = useMapLocked();
  const wasLocked = useRef(locked);
  useEffect(() => {
    if (wasLocked.current && !locked && status.getState().denied === 'map-locked') {
      status.setState({ denied: undefined });
    }
    wasLocked.current = locked;
  }, [locked, status]);
  return locked;
}
