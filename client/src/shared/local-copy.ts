// The name every local copy of a process document in IndexedDB starts with (see sync/synced-doc.ts).
export const LOCAL_COPY_PREFIX = 'prozesswerk:';
