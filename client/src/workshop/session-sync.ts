// The workshop's session document of one process, kept in sync over its own room (read-only for participants).
import { createSessionDoc, readSession, type WorkshopState } from '@prozesswerk/process-model';
import { createDocSync, type DocSync } from '../sync/doc-sync.ts';

/** `synced()` tells whether the first sync is done; summons seen before then are history, not news. */
export type WorkshopSync = DocSync<WorkshopState>;

export function createWorkshopSync(processId: string, serverUrl: string): WorkshopSync {
  return createDocSync({
    processId,
    channel: 'session',
    serverUrl,
    createDoc: createSessionDoc,
    read: readSession,
  });
}
