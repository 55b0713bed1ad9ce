// R1: what a loaded room and an open connection cost in server memory (Δ RSS / count), ours vs the reference.
import { readMemory } from '../process/proc-stats.ts';
import type { Editor } from '../sync/editor.ts';
import { connectLeanEditor } from '../sync/lean-editor.ts';
import type { SyncTarget } from '../sync/targets.ts';

export const MEMORY_ROOMS = 200;
/** Connections opened to every loaded room after its first one. */
export const EXTRA_PER_ROOM = 4;
/** Password sign-ins after the connections (ours only): each hashes with scrypt, 16 MiB on a libuv thread. */
export const SIGN_INS = 4;
/** Map entries each room's first editor writes, so that a room holds something. */
const EDITS_PER_ROOM = 20;
const SYNC_TIMEOUT_MS = 120_000;

export type MemoryRun = {
  target: string;
  idleRssBytes: number;
  /** RSS with every room loaded, one connection each. */
  loadedRssBytes: number;
  /** RSS with EXTRA_PER_ROOM more connections per room. */
  connectedRssBytes: number;
  perRoomBytes: number;
  perConnectionBytes: number;
  /** RSS after SIGN_INS more sign-ins with a password; null where the server has no accounts. */
  signedInRssBytes: number | null;
  disconnects: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The median of a few RSS samples after a pause, so a passing allocation spike does not count. */
async function settledRss(pid: number): Promise<number> {
  await sleep(1500);
  const samples: number[] = [];
  for (let n = 0; n < 5; n++) {
    const memory = readMemory(pid);
    if (!memory) throw new Error(`server ${pid} is gone`);
    samples.push(memory.rssBytes);
    await sleep(300);
  }
  return samples.sort((a, b) => a - b)[2] ?? Number.NaN;
}

async function allSynced(editors: readonly Editor[]): Promise<void> {
  const deadline = Date.now() + SYNC_TIMEOUT_MS;
  while (!editors.every((editor) => editor.isSynced())) {
    if (Date.now() > deadline) throw new Error('editors did not sync in time');
    await sleep(50);
  }
}

export async function measureMemory(
  target: SyncTarget,
  progress: (message: string) => void,
): Promise<MemoryRun> {
  const server = await target.start();
  const editors: Editor[] = [];
  let disconnects = 0;
  const events = { onRemoteEdit: () => undefined, onDisconnect: () => void (disconnects += 1) };
  try {
    const [instance] = server.instances;
    if (!instance) throw new Error('no server instance');
    const connect = (room: string) => {
      const editor = connectLeanEditor(
        { serverUrl: instance.serverUrl, room, params: server.params },
        events,
      );
      editors.push(editor);
      return editor;
    };
    const idleRssBytes = await settledRss(instance.pid);
    const rooms = await server.createRooms(MEMORY_ROOMS);
    progress(`    ${target.name}: loading ${MEMORY_ROOMS} rooms, one connection each`);
    const first = rooms.map(connect);
    await allSynced(first);
    for (const editor of first) for (let n = 0; n < EDITS_PER_ROOM; n++) editor.edit(`n${n}`, n);
    const loadedRssBytes = await settledRss(instance.pid);
    progress(`    ${target.name}: ${EXTRA_PER_ROOM} more connections per room`);
    await allSynced(rooms.flatMap((room) => Array.from({ length: EXTRA_PER_ROOM }, () => connect(room))));
    const connectedRssBytes = await settledRss(instance.pid);
    let signedInRssBytes: number | null = null;
    if (server.signIn) {
      progress(`    ${target.name}: ${SIGN_INS} sign-ins with a password`);
      for (let n = 0; n < SIGN_INS; n++) await server.signIn();
      signedInRssBytes = await settledRss(instance.pid);
    }
    return {
      target: target.name,
      idleRssBytes,
      loadedRssBytes,
      connectedRssBytes,
      perRoomBytes: (loadedRssBytes - idleRssBytes) / MEMORY_ROOMS,
      perConnectionBytes: (connectedRssBytes - loadedRssBytes) / (MEMORY_ROOMS * EXTRA_PER_ROOM),
      signedInRssBytes,
      disconnects,
    };
  } finally {
    await Promise.all(editors.map((editor) => editor.destroy()));
    await server.stop();
  }
}
