// Runs one sync scenario against one freshly started server: connect, warm up, measure, drain, tear down.
import { loadavg } from 'node:os';
import { createResourceMonitor } from '../process/resource-monitor.ts';
import { summarize, type LatencySummary } from '../report/percentiles.ts';
import type { ClientKind } from './clients.ts';
import type { GroupTotals } from './editor-group.ts';
import { benchClock, type EditorTarget } from './editor.ts';
import { startLoadWorkers, type LoadWorkers } from './load-workers.ts';
import type { RunningTarget, SyncTarget } from './targets.ts';
import type { WorkerSetup } from './worker-protocol.ts';

export type SyncScenario = {
  id: string;
  title: string;
  rooms: number;
  editorsPerRoom: number;
  editsPerSecondPerEditor: number;
};

export type SyncLoadSettings = {
  warmupSeconds: number;
  measureSeconds: number;
  drainSeconds: number;
  client: ClientKind;
  /** Worker threads the editors are spread over (round-robin, so a room's editors share them). */
  workers: number;
};

export type SyncRunSuccess = {
  target: string;
  ok: true;
  measureSeconds: number;
  connectSeconds: number;
  /** Edits per second the schedule asked for, and what was actually sent in the window. */
  targetEditsPerSecond: number;
  editsPerSecond: number;
  editsSent: number;
  expectedDeliveries: number;
  delivered: number;
  /** Expected deliveries that had not arrived when the drain period ended. */
  lost: number;
  latencyMs: LatencySummary;
  /** Sums over the target's instances (one, or several sharing PostgreSQL and Redis); `instances` has each. */
  server: {
    cpuPercent: number;
    /** RSS once started and idle, before any editor connected. */
    idleRssBytes: number;
    peakRssBytes: number;
    highWaterMarkBytes: number;
    stderrLines: number;
    firstErrors: string[];
    instances: InstanceFigures[];
  };
  loadGenerator: {
    workers: number;
    cpuPercent: number;
    peakRssBytes: number;
    /** Worst worker's event-loop delay over the window: high values mean the generator itself lagged. */
    loopDelayP99Ms: number;
    loopDelayMaxMs: number;
  };
  disconnects: number;
  closeCodes: Record<string, number>;
  /** One-minute load average of the whole machine at the end of the window: other work competes for the cores. */
  machineLoadAverage: number;
  /** How much each counter the server exports grew during the window (ours only). */
  serverCounters: Record<string, number> | null;
};

export type InstanceFigures = {
  label: string;
  /** Editors connected to this instance. */
  editors: number;
  cpuPercent: number;
  idleRssBytes: number;
  peakRssBytes: number;
  highWaterMarkBytes: number;
  exitCode: number | null;
  exitSignal: string | null;
};

export type SyncRunFailure = { target: string; ok: false; error: string; serverOutput: string };

export type SyncRunResult = SyncRunSuccess | SyncRunFailure;

export async function runSyncLoad(
  target: SyncTarget,
  scenario: SyncScenario,
  settings: SyncLoadSettings,
  progress: (message: string) => void,
): Promise<SyncRunResult> {
  let server: RunningTarget;
  try {
    server = await target.start();
  } catch (error) {
    return { target: target.name, ok: false, error: String(error), serverOutput: '' };
  }
  const instances = server.instances;
  const serverMonitors = instances.map((instance) => createResourceMonitor(instance.pid));
  const selfMonitor = createResourceMonitor(process.pid);
  let workers: LoadWorkers | undefined;
  try {
    const rooms = await server.createRooms(scenario.rooms);
    const editorsPerInstance = instances.map(() => 0);
    const editors = rooms.flatMap((room, roomIndex) =>
      Array.from({ length: scenario.editorsPerRoom }, (_, n): EditorTarget => {
        // Split: contiguous halves (A A A A A B B B B B), not alternating, so that each worker thread (round-robin
        // below) drives editors on every instance. Whole rooms: room 1 on A, room 2 on B, …
        const index =
          server.placement === 'whole-rooms'
            ? roomIndex % instances.length
            : Math.floor((n * instances.length) / scenario.editorsPerRoom);
        editorsPerInstance[index] = (editorsPerInstance[index] ?? 0) + 1;
        return { serverUrl: instances[index]?.serverUrl ?? '', room, params: server.params };
      }),
    );
    if (instances.length > 1) {
      progress(
        `    editors per instance: ${instances.map((i, n) => `${i.label} ${editorsPerInstance[n]}`).join(', ')}`,
      );
    }
    workers = startLoadWorkers(splitAmongWorkers(editors, scenario, settings));

    await workers.command({ type: 'ready' });
    const connectStarted = benchClock();
    await workers.command({ type: 'connect' });
    const connectSeconds = (benchClock() - connectStarted) / 1000;
    progress(
      `    ${editors.length} editors synced in ${connectSeconds.toFixed(1)} s; warming up ${settings.warmupSeconds} s`,
    );

    // Every thread knows the window before the first measured edit can be sent or received.
    const from = benchClock() + settings.warmupSeconds * 1000;
    const until = from + settings.measureSeconds * 1000;
    await workers.command({ type: 'start-editing', window: { from, until } });
    await sleep(from - benchClock());
    progress(`    measuring ${settings.measureSeconds} s`);
    const endServerCpu = serverMonitors.map((monitor) => monitor.startCpuWindow());
    const endSelfCpu = selfMonitor.startCpuWindow();
    // Not awaited before the window runs: a busy server may answer late, and the window must not slip.
    const countersAtStart = readCounters(server);
    await sleep(until - benchClock());
    await workers.command({ type: 'stop-editing' });
    const serverCpu = endServerCpu.map((end) => end());
    const selfCpu = endSelfCpu();
    const machineLoadAverage = loadavg()[0] ?? NaN;
    const countersAtEnd = readCounters(server);

    const drainDeadline = benchClock() + settings.drainSeconds * 1000;
    for (;;) {
      const counts = await workers.counts();
      if (counts.delivered >= counts.expectedDeliveries || benchClock() > drainDeadline) break;
      await sleep(50);
    }
    const totals = await workers.finish();
    const serverMemory = serverMonitors.map((monitor) => monitor.stop());
    const selfMemory = selfMonitor.stop();
    await workers.close();
    workers = undefined;
    const exits = await server.stop();
    const perInstance = instances.map((instance, n): InstanceFigures => ({
      label: instance.label,
      editors: editorsPerInstance[n] ?? 0,
      cpuPercent: serverCpu[n] ?? NaN,
      idleRssBytes: serverMemory[n]?.firstRssBytes ?? NaN,
      peakRssBytes: serverMemory[n]?.peakRssBytes ?? NaN,
      highWaterMarkBytes: serverMemory[n]?.highWaterMarkBytes ?? NaN,
      exitCode: exits[n]?.code ?? null,
      exitSignal: exits[n]?.signal ?? null,
    }));
    const sum = (figure: (i: InstanceFigures) => number) => perInstance.reduce((s, i) => s + figure(i), 0);

    const merged = mergeTotals(totals);
    return {
      target: target.name,
      ok: true,
      measureSeconds: settings.measureSeconds,
      connectSeconds,
      targetEditsPerSecond: editors.length * scenario.editsPerSecondPerEditor,
      editsPerSecond: merged.editsSent / settings.measureSeconds,
      editsSent: merged.editsSent,
      expectedDeliveries: merged.expectedDeliveries,
      delivered: merged.latencyMs.count,
      lost: merged.expectedDeliveries - merged.latencyMs.count,
      latencyMs: merged.latencyMs,
      server: {
        cpuPercent: sum((i) => i.cpuPercent),
        idleRssBytes: sum((i) => i.idleRssBytes),
        peakRssBytes: sum((i) => i.peakRssBytes),
        highWaterMarkBytes: sum((i) => i.highWaterMarkBytes),
        stderrLines: server.stderrLines(),
        firstErrors: server.firstErrors(),
        instances: perInstance,
      },
      loadGenerator: {
        workers: totals.length,
        cpuPercent: selfCpu,
        peakRssBytes: selfMemory.peakRssBytes,
        loopDelayP99Ms: Math.max(...totals.map((t) => t.loopDelayP99Ms)),
        loopDelayMaxMs: Math.max(...totals.map((t) => t.loopDelayMaxMs)),
      },
      disconnects: merged.disconnects,
      closeCodes: merged.closeCodes,
      machineLoadAverage,
      serverCounters: difference(await countersAtStart, await countersAtEnd),
    };
  } catch (error) {
    return { target: target.name, ok: false, error: String(error), serverOutput: server.output() };
  } finally {
    await workers?.close();
    for (const monitor of serverMonitors) monitor.stop();
    selfMonitor.stop();
    // Already stopped on success (stop() is idempotent); a failure to clean up must not end the whole bench.
    await server
      .stop()
      .catch((error: unknown) => progress(`    stopping ${target.name} failed: ${String(error)}`));
  }
}

/** Round-robin, so that the editors of one room sit in different threads, as in different browsers. */
function splitAmongWorkers(
  editors: readonly EditorTarget[],
  scenario: SyncScenario,
  settings: SyncLoadSettings,
): WorkerSetup[] {
  const count = Math.max(1, Math.min(settings.workers, editors.length));
  return Array.from({ length: count }, (_, worker) => ({
    client: settings.client,
    editors: editors.filter((_, index) => index % count === worker),
    receiversPerEdit: scenario.editorsPerRoom - 1,
    editsPerSecondPerEditor: scenario.editsPerSecondPerEditor,
  }));
}

function mergeTotals(totals: readonly GroupTotals[]) {
  const samples = new Float64Array(totals.reduce((sum, t) => sum + t.samples.length, 0));
  let offset = 0;
  const closeCodes: Record<string, number> = {};
  for (const t of totals) {
    samples.set(t.samples, offset);
    offset += t.samples.length;
    for (const [code, count] of Object.entries(t.closeCodes))
      closeCodes[code] = (closeCodes[code] ?? 0) + count;
  }
  return {
    editsSent: totals.reduce((sum, t) => sum + t.editsSent, 0),
    expectedDeliveries: totals.reduce((sum, t) => sum + t.expectedDeliveries, 0),
    disconnects: totals.reduce((sum, t) => sum + t.disconnects, 0),
    closeCodes,
    latencyMs: summarize(samples),
  };
}

/** The server's counters, or undefined if it has none or does not answer within a few seconds. */
async function readCounters(server: RunningTarget): Promise<Record<string, number> | undefined> {
  try {
    return await server.readCounters?.();
  } catch {
    // The counters are extra detail; the run's own figures stand without them.
    return undefined;
  }
}

function difference(
  start: Record<string, number> | undefined,
  end: Record<string, number> | undefined,
): Record<string, number> | null {
  if (!start || !end) return null;
  return Object.fromEntries(Object.entries(end).map(([name, value]) => [name, value - (start[name] ?? 0)]));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
