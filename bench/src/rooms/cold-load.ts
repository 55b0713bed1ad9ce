// R2: a room with 100,000 stored updates: its first load, the compaction after it (with the event-loop lag other
// rooms see meanwhile), and cold loads once compacted. In-process, so the bench observes the server's own loop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket, { type RawData } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { moveNode, type NodeId } from '@prozesswerk/process-model';
import { parseRoomName } from '@prozesswerk/protocol';
import { addMember, createOrg, issueAccessToken } from '../../../server/src/auth/accounts.ts';
import { parseConfig } from '../../../server/src/config.ts';
import { startServer, type RunningServer } from '../../../server/src/server.ts';
import type { Json } from '../benchmark.ts';
import { summarize, type LatencySummary } from '../report/percentiles.ts';
import { benchClock } from '../sync/editor.ts';
import { connectLeanEditor } from '../sync/lean-editor.ts';
import { LARGE_MAP_NODES, writeLargeMap } from '../scenarios/large-map.ts';

export const STORED_UPDATES = 100_000;
const APPEND_BATCH = 1000;
const LOADS = 10;
/** An editor in another room edits this often; its partner's receive times show what that room felt. */
const PING_EVERY_MS = 20;
const QUIET_WINDOW_MS = 2000;

export type ColdLoadRun = {
  storedUpdates: number;
  logBytes: number;
  /** Connect → sync step 2 received, log not yet compacted (the server merges it off-thread, then compacts). */
  firstLoadMs: number;
  /** Connect → the server's document complete, same load. */
  firstReadyMs: number;
  /** From the first load's connect until the compaction after it had finished. */
  compactionMs: number;
  /** Event-loop delay of the server's thread meanwhile (monitorEventLoopDelay, 10 ms resolution). */
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
  /** Latency of edits in another room: during a quiet window before, and while the load and compaction ran. */
  otherRoomQuiet: LatencySummary;
  otherRoomDuring: LatencySummary;
  /** Cold loads of the compacted room (unloaded between runs): connect → sync step 2 received. */
  compactedLoads: LatencySummary;
  /** The same loads: connect → the server's document of the room is complete (it builds in slices after loading). */
  compactedReady: LatencySummary;
  /** Event-loop delay of the server's thread during those loads. */
  compactedLoopDelayMaxMs: number;
  compactedLoopDelayP99Ms: number;
  /** Size of the document the server sends a new client (sync step 2 against an empty state vector). */
  stateBytes: number;
  /** Steps the first (uncompacted) load showed. */
  nodesAfterLoad: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Session = { wsUrl: (room: string) => string; serverUrl: string; token: string; rooms: string[] };

async function prepare(server: RunningServer, processes: number): Promise<Session> {
  const org = await createOrg(server.store, 'Bench');
  await addMember(server.store, { email: 'bench@example.org', name: 'Bench', orgId: org.id, role: 'admin' });
  const { token } = await issueAccessToken(server.store, 'bench@example.org');
  const rooms: string[] = [];
  for (let n = 0; n < processes; n++) {
    const response = await fetch(`${server.url}/api/processes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Kaltstart ${n + 1}` }),
    });
    if (response.status !== 201) throw new Error(`POST /api/processes: ${response.status}`);
    rooms.push(`${((await response.json()) as { id: string }).id}/map`);
  }
  const serverUrl = `${server.url.replace(/^http/, 'ws')}/sync`;
  return { serverUrl, token, rooms, wsUrl: (room) => `${serverUrl}/${room}?token=${token}` };
}

/** The 1000-step map as one update, then single moves of its steps until there are `count` updates. */
function buildLog(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  writeLargeMap(doc);
  const ids = [...doc.getMap('nodes').keys()] as NodeId[];
  for (let n = 1; n < count; n++) moveNode(doc, ids[n % ids.length]!, (n % 97) * 10, (n % 89) * 10);
  doc.destroy();
  return updates;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

type Synced = {
  ms: number;
  /** Connect → the server's document is complete (`whenReady` resolved after step 2 arrived). */
  readyMs: number;
  bytes: number;
  nodes: () => number;
  close: () => Promise<void>;
};

/**
 * Opens a socket, asks for the document and times until the server's answer (sync step 2) has arrived. The client
 * shares the server's thread here, so it applies the answer only when asked (`nodes`), after the clock stopped.
 */
function timeToSync(url: string, whenReady: () => Promise<unknown>): Promise<Synced> {
  return new Promise((resolve, reject) => {
    const doc = new Y.Doc();
    const started = performance.now();
    const ws = new WebSocket(url, { perMessageDeflate: false });
    const close = () =>
      new Promise<void>((done) => {
        ws.once('close', () => done());
        ws.close();
        doc.destroy();
      });
    ws.on('open', () => ws.send(frame((encoder) => syncProtocol.writeSyncStep1(encoder, doc))));
    ws.on('error', reject);
    ws.on('close', (code) => reject(new Error(`socket closed with ${code} before sync`)));
    ws.on('message', (data: RawData) => {
      const decoder = decoding.createDecoder(data as Uint8Array);
      if (decoding.readVarUint(decoder) !== 0) return;
      const type = decoding.readVarUint(decoder);
      if (type === syncProtocol.messageYjsSyncStep1) {
        const stateVector = decoding.readVarUint8Array(decoder);
        ws.send(frame((encoder) => syncProtocol.writeSyncStep2(encoder, doc, stateVector)));
      } else if (type === syncProtocol.messageYjsSyncStep2) {
        const ms = performance.now() - started;
        const update = decoding.readVarUint8Array(decoder);
        ws.removeAllListeners('close');
        const nodes = () => {
          const copy = new Y.Doc();
          Y.applyUpdate(copy, update);
          const size = copy.getMap('nodes').size;
          copy.destroy();
          return size;
        };
        whenReady().then(
          () => resolve({ ms, readyMs: performance.now() - started, bytes: update.byteLength, nodes, close }),
          reject,
        );
      }
    });
  });
}

async function unloaded(server: RunningServer, room: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (server.sync.rooms.peek(room)) {
    if (Date.now() > deadline) throw new Error(`room ${room} did not unload`);
    await sleep(20);
  }
}

export async function measureColdLoad(progress: (message: string) => void): Promise<ColdLoadRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-cold-'));
  // SQLite with its default synchronous=FULL; rooms unload as soon as their last socket closed.
  const server = await startServer(
    parseConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ROOM_UNLOAD_MS: '0',
      MAX_CONNECTIONS_PER_IP_PER_MINUTE: '100000',
    }),
    () => undefined,
  );
  const pingers: { destroy(): Promise<void> }[] = [];
  try {
    const session = await prepare(server, 2);
    const [big = '', other = ''] = session.rooms;
    progress(`cold-load R2: writing ${STORED_UPDATES} updates to one room`);
    const log = buildLog(STORED_UPDATES);
    for (let n = 0; n < log.length; n += APPEND_BATCH)
      await server.store.appendUpdates(
        log.slice(n, n + APPEND_BATCH).map((update) => ({ room: big, update })),
      );
    const logBytes = log.reduce((sum, update) => sum + update.byteLength, 0);

    // Another room where one editor edits every 20 ms and another receives: what a live workshop feels meanwhile.
    const received: { at: number; latency: number }[] = [];
    const target = { serverUrl: session.serverUrl, room: other, params: { token: session.token } };
    const sender = connectLeanEditor(target, {
      onRemoteEdit: () => undefined,
      onDisconnect: () => undefined,
    });
    const receiver = connectLeanEditor(target, {
      onRemoteEdit: (sentAt, receivedAt) => received.push({ at: receivedAt, latency: receivedAt - sentAt }),
      onDisconnect: () => undefined,
    });
    pingers.push(sender, receiver);
    while (!sender.isSynced() || !receiver.isSynced()) await sleep(20);
    let key = 0;
    const ping = setInterval(() => sender.edit(`k${key++ % 50}`, benchClock()), PING_EVERY_MS);
    try {
      const quietFrom = benchClock();
      await sleep(QUIET_WINDOW_MS);
      const duringFrom = benchClock();
      progress('cold-load R2: first load of the uncompacted room, and its compaction');
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = performance.now();
      const address = parseRoomName(big);
      if ('error' in address) throw new Error(`room ${big}: ${address.error}`);
      const whenReady = () => server.sync.rooms.acquire(address);
      const first = await timeToSync(session.wsUrl(big), whenReady);
      // The room compacts its long log right after loading it; a compaction asked for now runs after that one.
      await server.store.compact(big);
      const compactionMs = performance.now() - started;
      delay.disable();
      const duringTo = benchClock();
      const nodesAfterLoad = first.nodes();
      await sleep(200);
      const window = (from: number, to: number) =>
        summarize(Float64Array.from(received.filter((r) => r.at >= from && r.at < to).map((r) => r.latency)));
      const otherRoomQuiet = window(quietFrom, duringFrom);
      const otherRoomDuring = window(duringFrom, duringTo);
      await first.close();
      await unloaded(server, big);
      const leftInLog = await server.store.logLength(big);
      if (leftInLog > 0) throw new Error(`${leftInLog} updates left in the log after compaction`);

      progress(`cold-load R2: ${LOADS} cold loads of the compacted room`);
      const times: number[] = [];
      const readyTimes: number[] = [];
      const checks: (() => number)[] = [];
      let stateBytes = 0;
      const loadsDelay = monitorEventLoopDelay({ resolution: 10 });
      loadsDelay.enable();
      for (let n = 0; n < LOADS; n++) {
        const load = await timeToSync(session.wsUrl(big), whenReady);
        times.push(load.ms);
        readyTimes.push(load.readyMs);
        stateBytes = load.bytes;
        // The first and the last load are checked (after the clock: the client shares the server's thread).
        if (n === 0 || n === LOADS - 1) checks.push(load.nodes);
        await load.close();
        await unloaded(server, big);
      }
      loadsDelay.disable();
      for (const nodes of checks.map((count) => count()))
        if (nodes !== LARGE_MAP_NODES)
          throw new Error(`a load showed ${nodes} steps, expected ${LARGE_MAP_NODES}`);
      return {
        storedUpdates: log.length,
        logBytes,
        firstLoadMs: first.ms,
        firstReadyMs: first.readyMs,
        compactionMs,
        loopDelayMaxMs: delay.max / 1e6,
        loopDelayP99Ms: delay.percentile(99) / 1e6,
        otherRoomQuiet,
        otherRoomDuring,
        compactedLoads: summarize(Float64Array.from(times)),
        compactedReady: summarize(Float64Array.from(readyTimes)),
        compactedLoopDelayMaxMs: loadsDelay.max / 1e6,
        compactedLoopDelayP99Ms: loadsDelay.percentile(99) / 1e6,
        stateBytes,
        nodesAfterLoad,
      };
    } finally {
      clearInterval(ping);
    }
  } finally {
    await Promise.all(pingers.map((pinger) => pinger.destroy()));
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const coldLoadJson = (run: ColdLoadRun): Json => ({ ...run });
