// Which processes a batch of document updates changes, in the sense of "last change" in the library.
import type { RoomUpdate } from './store.ts';

const CONTENT_CHANNELS = new Set(['map', 'discussion']);

export function changedProcesses(batch: readonly RoomUpdate[]): Set<string> {
  const ids = new Set<string>();
  for (const { room } of batch) {
    const slash = room.lastIndexOf('/');
    if (slash > 0 && CONTENT_CHANNELS.has(room.slice(slash + 1))) ids.add(room.slice(0, slash));
  }
  return ids;
}
