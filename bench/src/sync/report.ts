// Prints sync results as one table per scenario with the servers side by side.
import { fixed, formatTable } from '../report/table.ts';
import { commitCpuPercent, formatRatios, syncRatios } from './ratios.ts';
import type { InstanceFigures, SyncRunResult, SyncRunSuccess, SyncScenario } from './run-load.ts';

const MIB = 1024 * 1024;

type Row = [label: string, value: (run: SyncRunSuccess) => string];

const ROWS: readonly Row[] = [
  ['latency p50 (ms)', (r) => fixed(r.latencyMs.p50, 2)],
  ['latency p99 (ms)', (r) => fixed(r.latencyMs.p99, 2)],
  ['latency max (ms)', (r) => fixed(r.latencyMs.max, 2)],
  ['deliveries received', (r) => String(r.delivered)],
  ['deliveries lost', (r) => String(r.lost)],
  ['edits sent /s', (r) => fixed(r.editsPerSecond, 1)],
  ['server instances (editors on each)', (r) => instancesCell(r)],
  ['server CPU, sum (% of 1 core)', (r) => fixed(r.server.cpuPercent, 1)],
  ['  each instance', (r) => perInstance(r, (i) => fixed(i.cpuPercent, 1))],
  ['server RSS idle, sum (MiB)', (r) => fixed(r.server.idleRssBytes / MIB, 1)],
  ['server peak RSS, sum (MiB)', (r) => fixed(r.server.peakRssBytes / MIB, 1)],
  ['  each instance', (r) => perInstance(r, (i) => fixed(i.peakRssBytes / MIB, 1))],
  ['server stderr lines', (r) => String(r.server.stderrLines)],
  ['connect + sync all (s)', (r) => fixed(r.connectSeconds, 2)],
  ['client disconnects', (r) => String(r.disconnects)],
  ['load gen worker threads', (r) => String(r.loadGenerator.workers)],
  ['load gen CPU (% of 1 core)', (r) => fixed(r.loadGenerator.cpuPercent, 1)],
  ['load gen loop delay p99 (ms)', (r) => fixed(r.loadGenerator.loopDelayP99Ms, 1)],
  ['machine load average (1 min)', (r) => fixed(r.machineLoadAverage, 2)],
];

export function formatSyncScenario(scenario: SyncScenario, runs: readonly SyncRunResult[]): string {
  const editors = scenario.rooms * scenario.editorsPerRoom;
  const editsPerSecond = editors * scenario.editsPerSecondPerEditor;
  const deliveriesPerSecond = editsPerSecond * (scenario.editorsPerRoom - 1);
  const heading =
    `${scenario.id}: ${scenario.title} — ${editors} editors, ${editsPerSecond} edits/s, ` +
    `${deliveriesPerSecond} expected deliveries/s`;
  const header = ['', ...runs.map((run) => run.target)];
  const rows = ROWS.map(([label, value]) => [label, ...runs.map((run) => (run.ok ? value(run) : 'FAILED'))]);
  const behind = runs.flatMap((run) =>
    run.ok && run.editsPerSecond < run.targetEditsPerSecond * 0.95
      ? [`  ${run.target}: the load generator fell behind its schedule; its figures understate the load`]
      : [],
  );
  const storage = runs.flatMap((run) => (run.ok ? storageLine(run) : []));
  const failures = runs.flatMap((run) =>
    run.ok
      ? []
      : [`  ${run.target} failed: ${run.error}${run.serverOutput ? `\n${indent(run.serverOutput)}` : ''}`],
  );
  const codes = runs.flatMap((run) =>
    run.ok && run.disconnects > 0 ? [`  ${run.target} close codes: ${JSON.stringify(run.closeCodes)}`] : [],
  );
  return [
    heading,
    formatTable(header, rows),
    ...storage,
    ...behind,
    ...codes,
    ...failures,
    ...formatRatios(syncRatios(runs)),
  ].join('\n');
}

/** What our server's own metrics say about storage during the window: commit count, batch size, commit time. */
function storageLine(run: SyncRunSuccess): string[] {
  const counters = run.serverCounters;
  const updates = counters?.prozesswerk_updates_stored_total;
  const batches = counters?.prozesswerk_store_batches_total;
  const seconds = counters?.prozesswerk_store_write_seconds_sum;
  if (updates === undefined || batches === undefined || seconds === undefined || batches === 0) return [];
  const instances = run.server.instances.length;
  return [
    `  ${run.target} storage in the window${instances > 1 ? `, summed over ${instances} instances` : ''}: ` +
      `${updates} updates in ${batches} commits ` +
      `(${fixed(updates / batches, 1)} per commit), mean commit ${fixed((seconds / batches) * 1000, 2)} ms, ` +
      `${fixed((seconds / run.measureSeconds / instances) * 100, 0)}% of the window spent committing` +
      (instances > 1 ? ' (mean per instance)' : '') +
      `, ${fixed(commitCpuPercent(run), 1)}% of a core in CPU`,
  ];
}

function instancesCell(run: SyncRunSuccess): string {
  const instances = run.server.instances;
  return instances.length === 1
    ? '1'
    : `${instances.length} (${instances.map((i) => i.editors).join(' + ')})`;
}

/** "A 51.2 + B 49.0" for a target of several instances; an en dash for one (the sum row says it all). */
function perInstance(run: SyncRunSuccess, value: (instance: InstanceFigures) => string): string {
  const instances = run.server.instances;
  return instances.length === 1 ? '–' : instances.map((i) => `${i.label} ${value(i)}`).join(' + ');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
