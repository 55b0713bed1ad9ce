// The discussion document of one process (threads, comments, reactions, votes), kept in sync over its own room.
import { IndexeddbPersistence } from 'y-indexeddb';
import { createDiscussionDoc, readDiscussion, type Discussion } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { createDocSync, type DocSync } from '../sync/doc-sync.ts';

export type DiscussionSync = DocSync<Discussion>;

/*
 * Like the map, the discussion keeps a copy in IndexedDB and follows the browser's online state:
 * a comment written offline survives a reload and goes out as soon as the network is back,
 * instead of waiting for the old socket to time out.
 */
export function createDiscussionSync(processId: string, serverUrl: string): DiscussionSync {
  const sync = createDocSync({
    processId,
    channel: 'discussion',
    serverUrl,
    createDoc: createDiscussionDoc,
    read: readDiscussion,
  });
  const local = new IndexeddbPersistence(`prozesswerk:${roomName(processId, 'discussion')}`, sync.doc);
  const goOffline = () => sync.provider.disconnect();
  const goOnline = () => sync.provider.connect();
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  if (!navigator.onLine) goOffline();
  return {
    ...sync,
    destroy() {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      void local.destroy();
      sync.destroy();
    },
  };
}
