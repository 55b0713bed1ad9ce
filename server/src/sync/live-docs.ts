// Server-side access to live documents: read what is stored, and make an edit that is stored before it is relayed.
import * as Y from 'yjs';
import type { Channel } from '@prozesswerk/protocol';
import type { Rooms } from './rooms.ts';
import type { WriteQueue } from './write-queue.ts';

export type LiveDocs = {
  /** An independent copy of everything stored for a room, including what clients just sent. */
  read(processId: string, channel: Channel): Promise<Y.Doc>;
  /** Runs `look` on the room's stored document itself, without copying it; `look` must not change it. */
  inspect<T>(processId: string, channel: Channel, look: (doc: Y.Doc) => T): Promise<T>;
  /** Runs `edit` as one server-side change: stored first, then relayed live to everyone connected. */
  change(processId: string, channel: Channel, edit: (doc: Y.Doc) => void): Promise<void>;
};

export class LiveDocChangeFailed extends Error {}

export function createLiveDocs(rooms: Rooms, writes: WriteQueue): LiveDocs {
  async function withRoom<T>(
    processId: string,
    channel: Channel,
    use: (doc: Y.Doc) => Promise<T>,
  ): Promise<T> {
    const room = await rooms.acquire({ processId, channel });
    try {
      await writes.drained();
      return await use(room.doc);
    } finally {
      rooms.releaseIfIdle(room);
    }
  }

  return {
    inspect: (processId, channel, look) => withRoom(processId, channel, async (live) => look(live)),

    read: (processId, channel) =>
      withRoom(processId, channel, async (live) => {
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
        return copy;
      }),

    async change(processId, channel, edit) {
      const room = await rooms.acquire({ processId, channel });
      try {
        await writes.drained();
        const scratch = new Y.Doc();
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(room.doc));
        const updates: Uint8Array[] = [];
        scratch.on('update', (update: Uint8Array) => updates.push(update));
        edit(scratch);
        scratch.destroy();
        if (updates.length === 0) return;
        const stored = await room.submit(null, Y.mergeUpdates(updates));
        if (!stored) throw new LiveDocChangeFailed(`could not store a change to ${processId}/${channel}`);
      } finally {
        rooms.releaseIfIdle(room);
      }
    },
  };
}
