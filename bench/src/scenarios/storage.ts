// Storage: the floor under the sync figures. One edit per durable commit through our own store, paced as S1 sends
// (100 edits/s), on SQLite (FULL) and on PostgreSQL: what each commit costs in time and in this process's CPU.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { roomName } from '@prozesswerk/protocol';
import { parseConfig } from '../../../server/src/config.ts';
import { createStore } from '../../../server/src/store/create-store.ts';
import type { Store } from '../../../server/src/store/store.ts';
import type { BenchOptions, BenchReport, Benchmark } from '../benchmark.ts';
import { dropSchema, freshSchema } from '../process/pg-schema.ts';
import { createSampleList, summarize, type LatencySummary } from '../report/percentiles.ts';
import { fixed, formatTable } from '../report/table.ts';

/** S1's rate: 50 editors × 2 edits/s, which on a quiet machine is one edit per commit. */
const COMMITS_PER_SECOND = 100;

type FloorRun = {
  backend: string;
  commits: LatencySummary;
  /** utime + stime of this process over the window, in % of one core. */
  cpuPercent: number;
  cpuMicrosPerCommit: number;
};

/** One edit as S1's editors make it: `nodes[key] = time` from one writer. */
function editsOf(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const nodes = doc.getMap('nodes');
  const edits: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => edits.push(update));
  for (let i = 0; i < count; i++) nodes.set(`k${i % 50}`, performance.now());
  return edits;
}

async function measure(
  backend: string,
  store: Pick<Store, 'appendUpdates'>,
  seconds: number,
): Promise<FloorRun> {
  const room = roomName(randomBytes(8).toString('hex'), 'map');
  const edits = editsOf(seconds * COMMITS_PER_SECOND + 50);
  for (const update of edits.splice(0, 50)) await store.appendUpdates([{ room, update }]); // warm-up
  const samples = createSampleList();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const [index, update] of edits.entries()) {
    const due = started + (index * 1000) / COMMITS_PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const begin = performance.now();
    await store.appendUpdates([{ room, update }]);
    samples.push(performance.now() - begin);
  }
  const windowMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMicros = cpu.user + cpu.system;
  return {
    backend,
    commits: summarize(samples.values()),
    cpuPercent: (cpuMicros / 1000 / windowMs) * 100,
    cpuMicrosPerCommit: cpuMicros / edits.length,
  };
}

async function onSqlite(seconds: number): Promise<FloorRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-storage-'));
  const store = await createStore(parseConfig({ DATA_DIR: dataDir }));
  try {
    return await measure('SQLite (FULL)', store, seconds);
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres(url: string, seconds: number): Promise<FloorRun> {
  const schema = await freshSchema(url);
  try {
    const store = await createStore(parseConfig({ DATABASE_URL: url, DATABASE_SCHEMA: schema }));
    try {
      return await measure('PostgreSQL', store, seconds);
    } finally {
      await store.close();
    }
  } finally {
    await dropSchema(url, schema);
  }
}

function text(runs: readonly FloorRun[], seconds: number): string {
  const loop = runs[0]?.cpuMicrosPerCommit ?? 0;
  const rows: [string, (run: FloorRun) => string][] = [
    ['commit p50 (ms)', (r) => fixed(r.commits.p50, 2)],
    ['commit p90 (ms)', (r) => fixed(r.commits.p90, 2)],
    ['commit p99 (ms)', (r) => fixed(r.commits.p99, 2)],
    ['commit max (ms)', (r) => fixed(r.commits.max, 2)],
    ['commits', (r) => String(r.commits.count)],
    ['CPU of this process (% of 1 core)', (r) => fixed(r.cpuPercent, 2)],
    ['CPU per commit (µs)', (r) => fixed(r.cpuMicrosPerCommit, 0)],
    ['  beyond the loop without storage (µs)', (r) => fixed(r.cpuMicrosPerCommit - loop, 0)],
  ];
  return [
    `storage floor: one S1 edit per commit through our store's appendUpdates, ${COMMITS_PER_SECOND} commits/s ` +
      `for ${seconds} s (the server's storage work at S1's rate; PostgreSQL's own CPU is not counted)`,
    formatTable(
      ['', ...runs.map((run) => run.backend)],
      rows.map(([label, value]) => [label, ...runs.map(value)]),
    ),
  ].join('\n');
}

export const storageBenchmark: Benchmark = {
  name: 'storage',
  description:
    'the floor under the sync figures: one edit per durable commit through our store at S1’s rate, on SQLite ' +
    '(FULL) and on PostgreSQL when DATABASE_URL is set; commit time and CPU per commit',
  scenarioIds: ['F1'],
  async run(options: BenchOptions): Promise<BenchReport> {
    const seconds = options.measureSeconds;
    // The same loop without storage: what pacing and measuring cost on their own.
    const runs: FloorRun[] = [await measure('no storage', { appendUpdates: async () => undefined }, seconds)];
    options.progress(`storage: SQLite, ${seconds * COMMITS_PER_SECOND} commits`);
    runs.push(await onSqlite(seconds));
    const url = options.env.DATABASE_URL;
    if (url) {
      options.progress(`storage: PostgreSQL, ${seconds * COMMITS_PER_SECOND} commits`);
      runs.push(await onPostgres(url, seconds));
    }
    const skipped = url ? '' : '\n  PostgreSQL skipped: DATABASE_URL is not set';
    return {
      ok: true,
      text: text(runs, seconds) + skipped,
      data: runs,
    };
  },
};
