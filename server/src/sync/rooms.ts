// The registry of loaded rooms: loads each once however many clients arrive, unloads idle ones.
import { roomName, type RoomAddress } from '@prozesswerk/protocol';
import type { Limits } from '../config.ts';
import { mergeStoredUpdates, storedParts } from '../store/merge.ts';
import type { Store } from '../store/store.ts';
import { liveCopyOf } from '../store/live-copy.ts';
import { createRoom, type Room } from './room.ts';
import type { SyncMetrics } from './sync-metrics.ts';
import type { WriteQueue } from './write-queue.ts';
import { FANOUT_KIND, type Fanout, type FanoutMessage } from './fanout.ts';
import { encodeRefusals, fromRecords, toRecords, type RoomRefusals } from './refused-ranges.ts';

export type Rooms = {
  /** The loaded room for an address, loading it from storage the first time; its document is complete. */
  acquire(address: RoomAddress): Promise<Room>;
  /**
   * Like acquire, but resolves as soon as the room exists: a large room's document may still be building
   * (Room.ready), which a socket can wait out while new clients are answered from storage (Room.sendStored).
   */
  open(address: RoomAddress): Promise<Room>;
  /** Starts the unload grace period if the room has no connections and no holds left. */
  releaseIfIdle(room: Room): void;
  /** Keeps a room loaded without a connection (the session room while its map room is in use). */
  hold(address: RoomAddress): Promise<Room>;
  unhold(room: Room): void;
  /**
   * Reads the room's refusals from storage again: another instance may have refused something that its fan-out
   * message has not brought yet. Done for each new socket before it may send, so a client that was refused on one
   * instance and reconnects to another finds its refusal there.
   */
  refreshRefusals(room: Room): Promise<void>;
  /** The room if it is loaded right now. */
  peek(name: string): Room | undefined;
  loadedCount(): number;
  connectionCount(): number;
  /** Unloads every room now (shutdown): waits for writes and compacts. */
  unloadAll(): Promise<void>;
  /** Reads every loaded room from storage again (something wrote there past the rooms, like the operator CLI). */
  reloadAll(): void;
};

type Entry = {
  /** The room once created from storage; its document may still be building (Room.ready, Room.isReady). */
  opening: Promise<Room>;
  opened?: Room;
  /** Messages from other instances that came before the room was created; applied right after. */
  early: FanoutMessage[];
  holds: number;
  unloadTimer?: NodeJS.Timeout;
  compacting?: Promise<void>;
};

export type RoomsDeps = {
  store: Store;
  writes: WriteQueue;
  fanout: Fanout;
  limits: Limits;
  metrics: SyncMetrics;
  log: (message: string, error?: unknown) => void;
  onRoomWritten?: ((address: RoomAddress) => void) | undefined;
};

const SUBSCRIBE_TIMEOUT_MS = 1000;

async function withTimeout(promise: Promise<void>, ms: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve();
    }, ms);
  });
  await Promise.race([promise.catch(() => undefined), timeout]);
  clearTimeout(timer);
}

export function createRooms(deps: RoomsDeps): Rooms {
  const entries = new Map<string, Entry>();

  async function readStored(name: string): Promise<{ merged: Uint8Array; logLength: number }> {
    const stored = await deps.store.loadDoc(name);
    const { merged, skipped } = mergeStoredUpdates(storedParts(stored));
    if (skipped > 0) deps.log(`room ${name}: skipped ${skipped} undecodable stored updates`);
    return { merged, logLength: stored.updates.length };
  }

  async function load(
    name: string,
    address: RoomAddress,
    early: FanoutMessage[],
    onCreated: (room: Room) => void,
  ): Promise<Room> {
    const started = performance.now();
    // Subscribe before reading storage: whatever is stored after the read arrives through the fan-out (in `early`).
    await withTimeout(deps.fanout.subscribe(name), SUBSCRIBE_TIMEOUT_MS, () =>
      // The broker is away: load anyway; after it returns, every loaded room re-reads storage.
      deps.log(`room ${name}: fan-out subscription pending, loading without it`),
    );
    const [{ parts, logLength, skipped, split }, refusals] = await Promise.all([
      deps.store.loadRoom(name),
      deps.store.loadRefusals(name),
    ]);
    if (skipped > 0) deps.log(`room ${name}: skipped ${skipped} undecodable stored updates`);
    deps.metrics.roomLoadSeconds.observe((performance.now() - started) / 1000);
    const room = createRoom({
      name,
      address,
      initialParts: parts,
      initialLogLength: logLength,
      log: deps.log,
      initialRefusals: fromRecords(refusals),
      writes: deps.writes,
      fanout: deps.fanout,
      limits: deps.limits,
      onStored: afterStored,
      onRefused: shareRefusals,
      split,
    });
    onCreated(room);
    // Held back by the room until its document is complete, if it is still building.
    for (const message of early.splice(0)) applyRemote(room, message);
    return room;
  }

  function applyRemote(room: Room, message: FanoutMessage): void {
    if (message.kind === FANOUT_KIND.resync) {
      resync(room);
      return;
    }
    try {
      room.applyRemote(message);
    } catch (error) {
      deps.log(`room ${room.name}: could not apply a message from another instance`, error);
    }
  }

  function resync(room: Room): void {
    readStored(room.name)
      .then(({ merged }) => room.applyStoredState(merged))
      .catch((error: unknown) => deps.log(`room ${room.name}: resync from storage failed`, error));
    refreshRefusals(room).catch((error: unknown) =>
      deps.log(`room ${room.name}: reading refusals from storage failed`, error),
    );
  }

  async function refreshRefusals(room: Room): Promise<void> {
    room.addRefusals(fromRecords(await deps.store.loadRefusals(room.name)), false);
  }

  /*
   * Refusals are stored and published as soon as they are made; the client is answered meanwhile. A refusal lost
   * to a crash in between only lets a resend of the refused update be judged again like a new one.
   */
  function shareRefusals(room: Room, fresh: RoomRefusals): void {
    deps.store
      .recordRefusals(room.name, toRecords(fresh))
      .catch((error: unknown) => deps.log(`room ${room.name}: storing refusals failed`, error));
    deps.fanout.publish({ room: room.name, kind: FANOUT_KIND.refused, payload: encodeRefusals(fresh) });
  }

  deps.fanout.onMessage((message) => {
    const entry = entries.get(message.room);
    if (entry?.opened) applyRemote(entry.opened, message);
    else entry?.early.push(message);
  });

  deps.fanout.onReconnect(() => {
    for (const entry of entries.values()) {
      if (!entry.opened) continue;
      resync(entry.opened);
      deps.fanout.publish({ room: entry.opened.name, kind: FANOUT_KIND.resync, payload: new Uint8Array() });
    }
  });

  function afterStored(room: Room): void {
    deps.onRoomWritten?.(room.address);
    maybeCompact(room);
  }

  function maybeCompact(room: Room): void {
    const entry = entries.get(room.name);
    if (!entry || entry.compacting || room.logLength() < deps.limits.compactThreshold) return;
    room.markCompacted();
    entry.compacting = deps.store
      .compact(room.name, liveCopyOf(room.doc))
      .catch((error: unknown) => deps.log(`room ${room.name}: compaction failed`, error))
      .finally(() => {
        entry.compacting = undefined;
      });
  }

  /** The entry's room once its document is complete. */
  const whole = (entry: Entry) => entry.opening.then((room) => room.ready.then(() => room));

  async function unload(name: string, entry: Entry): Promise<void> {
    // A room whose last client left while its document was building unloads once it is complete.
    const room = await whole(entry).catch(() => undefined);
    if (!room) return;
    await deps.writes.drained();
    await entry.compacting;
    // A client may have arrived while writes drained; it keeps the room.
    if (isBusy(room, entry) || entries.get(name) !== entry || entry.unloadTimer === undefined) return;
    entries.delete(name);
    room.destroy();
    await deps.fanout
      .unsubscribe(name)
      .catch((error: unknown) => deps.log(`room ${name}: unsubscribe failed`, error));
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

  function entryFor(address: RoomAddress): Entry {
    const name = roomName(address.processId, address.channel);
    const existing = entries.get(name);
    if (existing) {
      clearTimeout(existing.unloadTimer);
      existing.unloadTimer = undefined;
      return existing;
    }
    const early: FanoutMessage[] = [];
    const entry: Entry = {
      opening: load(name, address, early, (room) => (entry.opened = room)),
      early,
      holds: 0,
    };
    entries.set(name, entry);
    whole(entry).then(
      // A room that comes with a long log (its server stopped before compacting) is compacted right away.
      (room) => maybeCompact(room),
      () => forgetFailed(name, entry),
    );
    return entry;
  }

  /*
   * A room that failed to load or build is dropped, so the next client loads it again. Only this entry: since
   * unloadAll cleared the registry, a new entry for the same room may stand there, and it keeps its subscription.
   */
  function forgetFailed(name: string, entry: Entry): void {
    if (entries.get(name) === entry) entries.delete(name);
    if (entries.has(name)) return;
    deps.fanout
      .unsubscribe(name)
      .catch((error: unknown) => deps.log(`room ${name}: unsubscribe failed`, error));
  }

  const acquire = (address: RoomAddress) => whole(entryFor(address));

  return {
    acquire,
    open: (address) => entryFor(address).opening,
    releaseIfIdle,
    refreshRefusals,

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

    peek(name) {
      const room = entries.get(name)?.opened;
      return room?.isReady() ? room : undefined;
    },

    reloadAll() {
      for (const entry of entries.values()) if (entry.opened) resync(entry.opened);
    },

    loadedCount: () => entries.size,

    connectionCount() {
      let total = 0;
      for (const entry of entries.values()) total += entry.opened?.connections.size ?? 0;
      return total;
    },

    async unloadAll() {
      await deps.writes.drained();
      const all = [...entries.entries()];
      entries.clear();
      for (const [name, entry] of all) {
        clearTimeout(entry.unloadTimer);
        const room = await whole(entry).catch(() => undefined);
        await entry.compacting;
        room?.destroy();
        if (room)
          await deps.store.compact(name).catch((error: unknown) => deps.log(`compact ${name}`, error));
      }
    },
  };
}
