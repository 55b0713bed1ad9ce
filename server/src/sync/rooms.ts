// The registry of loaded rooms: loads each once however many clients arrive, unloads idle ones.
import { roomName, type RoomAddress } from '@prozesswerk/protocol';
import type { Limits } from '../config.ts';
import { mergeStoredUpdates } from '../store/merge.ts';
import type { Store } from '../store/store.ts';
import { createRoom, type Room } from './room.ts';
import type { SyncMetrics } from './sync-metrics.ts';
import type { WriteQueue } from './write-queue.ts';

export type Rooms = {
  /** The loaded room for an address, loading it from storage the first time. */
  acquire(address: RoomAddress): Promise<Room>;
  /** Starts the unload grace period if the room has no connections and no holds left. */
  releaseIfIdle(room: Room): void;
  /** Keeps a room loaded without a connection (the session room while its map room is in use). */
  hold(address: RoomAddress): Promise<Room>;
  unhold(room: Room): void;
  /** The room if it is loaded right now. */
  peek(name: string): Room | undefined;
  loadedCount(): number;
  connectionCount(): number;
  /** Unloads every room now (shutdown): waits for writes and compacts. */
  unloadAll(): Promise<void>;
};

type Entry = {
  loading: Promise<Room>;
  room?: Room;
  holds: number;
  unloadTimer?: NodeJS.Timeout;
  compacting?: Promise<void>;
};

export type RoomsDeps = {
  store: Store;
  writes: WriteQueue;
  limits: Limits;
  metrics: SyncMetrics;
  log: (message: string, error?: unknown) => void;
  onRoomWritten?: ((address: RoomAddress) => void) | undefined;
};

export function createRooms(deps: RoomsDeps): Rooms {
  const entries = new Map<string, Entry>();

  async function load(name: string, address: RoomAddress): Promise<Room> {
    const started = performance.now();
    const stored = await deps.store.loadDoc(name);
    const parts = [...(stored.state ? [stored.state] : []), ...stored.updates];
    const { merged, skipped } = mergeStoredUpdates(parts);
    if (skipped > 0) deps.log(`room ${name}: skipped ${skipped} undecodable stored updates`);
    deps.metrics.roomLoadSeconds.observe((performance.now() - started) / 1000);
    return createRoom({
      name,
      address,
      initialState: merged,
      initialLogLength: stored.updates.length,
      writes: deps.writes,
      limits: deps.limits,
      onStored: afterStored,
    });
  }

  function afterStored(room: Room): void {
    deps.onRoomWritten?.(room.address);
    maybeCompact(room);
  }

  function maybeCompact(room: Room): void {
    const entry = entries.get(room.name);
    if (!entry || entry.compacting || room.logLength() < deps.limits.compactThreshold) return;
    room.markCompacted();
    entry.compacting = deps.store
      .compact(room.name)
      .catch((error: unknown) => deps.log(`room ${room.name}: compaction failed`, error))
      .finally(() => {
        entry.compacting = undefined;
      });
  }

  async function unload(name: string, entry: Entry): Promise<void> {
    const room = entry.room;
    if (!room) return;
    await deps.writes.drained();
    await entry.compacting;
    // A client may have arrived while writes drained; it keeps the room.
    if (isBusy(room, entry) || entries.get(name) !== entry || entry.unloadTimer === undefined) return;
    entries.delete(name);
    room.destroy();
    try {
      await deps.store.compact(name);
    } catch (error) {
      deps.log(`room ${name}: compaction on unload failed`, error);
    }
  }

  function isBusy(room: Room, entry: Entry): boolean {
    return room.connections.size > 0 || entry.holds > 0;
  }

  function releaseIfIdle(room: Room): void {
    const entry = entries.get(room.name);
    if (!entry || isBusy(room, entry) || entry.unloadTimer) return;
    entry.unloadTimer = setTimeout(() => {
      unload(room.name, entry).catch((error: unknown) => deps.log(`room ${room.name}: unload failed`, error));
    }, deps.limits.roomUnloadMs);
  }

  function acquire(address: RoomAddress): Promise<Room> {
    const name = roomName(address.processId, address.channel);
      const existing = entries.get(name);
      if (existing) {
        clearTimeout(existing.unloadTimer);
        existing.unloadTimer = undefined;
        return existing.loading;
      }
      const entry: Entry = { loading: load(name, address), holds: 0 };
      entries.set(name, entry);
      entry.loading.then(
        (room) => (entry.room = room),
        () => entries.delete(name),
      );
      return entry.loading;
  }

  return {
    acquire,
    releaseIfIdle,

    async hold(address) {
      const room = await acquire(address);
      const entry = entries.get(room.name);
      if (entry) entry.holds += 1;
      return room;
    },

    unhold(room) {
      const entry = entries.get(room.name);
      if (!entry) return;
      entry.holds = Math.max(0, entry.holds - 1);
      releaseIfIdle(room);
    },

    peek: (name) => entries.get(name)?.room,

    loadedCount: () => entries.size,

    connectionCount() {
      let total = 0;
      for (const entry of entries.values()) total += entry.room?.connections.size ?? 0;
      return total;
    },

    async unloadAll() {
      await deps.writes.drained();
      const all = [...entries.entries()];
      entries.clear();
      for (const [name, entry] of all) {
        clearTimeout(entry.unloadTimer);
        const room = await entry.loading.catch(() => undefined);
        await entry.compacting;
        room?.destroy();
        if (room) await deps.store.compact(name).catch((error: unknown) => deps.log(`compact ${name}`, error));
      }
    },
  };
}
