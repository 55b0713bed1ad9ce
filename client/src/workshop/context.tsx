// Gives the editor one workshop session per open process, and hooks to read it one value at a time.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { WorkshopState } from '@prozesswerk/process-model';
import { syncServerUrl } from '../sync/session.ts';
import { createWorkshopSync, type WorkshopSync } from './session-sync.ts';

const WorkshopContext = createContext<WorkshopSync | null>(null);

export function WorkshopProvider({ processId, children }: { processId: string; children: ReactNode }) {
  const [sync, setSync] = useState<WorkshopSync | null>(null);
  useEffect(() => {
    const created = createWorkshopSync(processId, syncServerUrl(window.location));
    setSync(created);
    return () => {
      setSync(null);
      created.destroy();
    };
  }, [processId]);
  return <WorkshopContext.Provider value={sync}>{children}</WorkshopContext.Provider>;
}

export function useWorkshopSync(): WorkshopSync | null {
  return useContext(WorkshopContext);
}

const noop = () => () => undefined;
const UNLOCKED: WorkshopState = { locked: false };

export function useWorkshopState(): WorkshopState {
  const sync = useWorkshopSync();
  return useSyncExternalStore(sync ? sync.subscribe : noop, () => (sync ? sync.state() : UNLOCKED));
}

export function useWorkshopSynced(): boolean {
  const sync = useWorkshopSync();
  return useSyncExternalStore(sync ? sync.subscribe : noop, () => (sync ? sync.synced() : false));
}

/** Whether the map is locked for the discussion; false until the session document has arrived. */
export function useMapLocked(): boolean {
  return useWorkshopState().locked;
}
