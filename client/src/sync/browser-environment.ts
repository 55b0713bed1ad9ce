// The browser's side of syncing: IndexedDB copies, the online/offline events, and the sync URL of this origin.
import { IndexeddbPersistence } from 'y-indexeddb';
import type { SyncEnvironment } from './environment.ts';

export function syncServerUrl(location: Location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/sync`;
}

export function browserEnvironment(): SyncEnvironment {
  return {
    openLocalCopy: (name, doc) => new IndexeddbPersistence(name, doc),
    isOnline: () => navigator.onLine,
    watchNetwork(onOnline, onOffline) {
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
      return () => {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      };
    },
  };
}
