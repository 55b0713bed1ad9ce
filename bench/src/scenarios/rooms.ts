// Memory per loaded room and per connection (R1, ours vs the reference), and the cold load of a room with
// 100,000 stored updates with what other rooms feel while it compacts (R2).
import { buildServer } from '../../../scripts/build-server.ts';
import type { BenchOptions, BenchReport, Benchmark, Json } from '../benchmark.ts';
import { fixed, formatTable } from '../report/table.ts';
import type { LatencySummary } from '../report/percentiles.ts';
import { coldLoadJson, measureColdLoad, STORED_UPDATES } from '../rooms/cold-load.ts';
import { EXTRA_PER_ROOM, MEMORY_ROOMS, SIGN_INS, measureMemory, type MemoryRun } from '../rooms/memory.ts';
import { createOursTarget, referenceTarget } from '../sync/targets.ts';

const KIB = 1024;
const MIB = 1024 * 1024;
const COLD_LOAD_TARGET_MS = 150;

function memoryText(runs: readonly MemoryRun[]): string {
  const ours = runs.find((run) => run.target === 'ours');
  const reference = runs.find((run) => run.target === 'reference');
  const rows: [string, (run: MemoryRun) => string][] = [
    ['RSS idle (MiB)', (r) => fixed(r.idleRssBytes / MIB, 1)],
    [`RSS, ${MEMORY_ROOMS} rooms loaded (MiB)`, (r) => fixed(r.loadedRssBytes / MIB, 1)],
    [`RSS, + ${MEMORY_ROOMS * EXTRA_PER_ROOM} connections (MiB)`, (r) => fixed(r.connectedRssBytes / MIB, 1)],
    ['Δ RSS per loaded room (KiB)', (r) => fixed(r.perRoomBytes / KIB, 1)],
    ['Δ RSS per connection (KiB)', (r) => fixed(r.perConnectionBytes / KIB, 1)],
    [
      `RSS after ${SIGN_INS} password sign-ins (MiB)`,
      (r) => (r.signedInRssBytes === null ? '–' : fixed(r.signedInRssBytes / MIB, 1)),
    ],
    ['client disconnects', (r) => String(r.disconnects)],
  ];
  const ratio = (value: (run: MemoryRun) => number) =>
    ours && reference ? ` (ours ÷ reference ${fixed(value(ours) / value(reference), 2)}×)` : '';
  return [
    `R1: ${MEMORY_ROOMS} rooms loaded with one connection each (20 map entries written per room), then ` +
      `${EXTRA_PER_ROOM} more connections per room; RSS = median of 5 samples after 1.5 s settling`,
    formatTable(
      ['', ...runs.map((run) => run.target)],
      rows.map(([label, value]) => [label, ...runs.map(value)]),
    ),
    `  per room${ratio((r) => r.perRoomBytes)}, per connection${ratio((r) => r.perConnectionBytes)}`,
  ].join('\n');
}

const ms = (summary: LatencySummary) =>
  `p50 ${fixed(summary.p50, 1)} · p99 ${fixed(summary.p99, 1)} · max ${fixed(summary.max, 1)} ms (${summary.count} edits)`;

export const roomsBenchmark: Benchmark = {
  name: 'rooms',
  description:
    'server memory per loaded room and per connection (ours vs reference); cold load of a room with ' +
    `${STORED_UPDATES} stored updates and the event-loop lag of other rooms while it compacts`,
  scenarioIds: ['R1', 'R2'],
  async run(options: BenchOptions): Promise<BenchReport> {
    const selected = (id: string) => options.scenarios.length === 0 || options.scenarios.includes(id);
    const texts: string[] = [];
    const data: Record<string, Json> = {};
    const ok = true;
    if (selected('R1')) {
      options.progress('building the server (npm start runs the same build)');
      await buildServer();
      const runs: MemoryRun[] = [];
      for (const target of [createOursTarget(), referenceTarget]) {
        options.progress(`rooms R1 against ${target.name}`);
        runs.push(await measureMemory(target, options.progress));
      }
      texts.push(memoryText(runs));
      data.R1 = { rooms: MEMORY_ROOMS, extraConnectionsPerRoom: EXTRA_PER_ROOM, runs };
    }
    if (selected('R2')) {
      const run = await measureColdLoad(options.progress);
      texts.push(
        [
          `R2: one room with ${run.storedUpdates} stored updates (the 1000-step map, then single moves; ` +
            `${fixed(run.logBytes / MIB, 1)} MiB of log), in-process server on SQLite (synchronous=FULL)`,
          `  first load, log not compacted    ${fixed(run.firstLoadMs, 1)} ms (merged off-thread)`,
          `    … server's document complete   ${fixed(run.firstReadyMs, 1)} ms`,
          `  load + compaction after it       ${fixed(run.compactionMs, 1)} ms`,
          `  event loop meanwhile             max ${fixed(run.loopDelayMaxMs, 1)} ms · p99 ${fixed(run.loopDelayP99Ms, 1)} ms`,
          `  another room's edits, quiet      ${ms(run.otherRoomQuiet)}`,
          `  another room's edits, meanwhile  ${ms(run.otherRoomDuring)}`,
          `  cold load after compaction       ${ms(run.compactedLoads).replace(/edits\)$/, 'loads)')} · target p50 ≤ ${COLD_LOAD_TARGET_MS} ms`,
          `    … server's document complete   ${ms(run.compactedReady).replace(/edits\)$/, 'loads)')}`,
          `    … event loop meanwhile         max ${fixed(run.compactedLoopDelayMaxMs, 1)} ms · p99 ${fixed(run.compactedLoopDelayP99Ms, 1)} ms`,
          `  document sent to a new client    ${fixed(run.stateBytes / MIB, 2)} MiB (every overwritten value stays as a Yjs tombstone)`,
        ].join('\n'),
      );
      data.R2 = coldLoadJson(run);
    }
    return { ok, text: texts.join('\n\n'), data };
  },
};
