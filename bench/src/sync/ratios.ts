// Ratios of one run's figures to a baseline measured in the same run: ours vs the y-websocket reference, and the
// PostgreSQL + Redis targets vs ours on SQLite. Absolute times on a shared machine are noisy; ratios much less so.
import type { Json } from '../benchmark.ts';
import { fixed, formatTable } from '../report/table.ts';
import type { SyncRunResult, SyncRunSuccess } from './run-load.ts';

type Figure = [name: string, value: (run: SyncRunSuccess) => number];

const FIGURES: readonly Figure[] = [
  ['p50', (r) => r.latencyMs.p50 ?? Number.NaN],
  ['p99', (r) => r.latencyMs.p99 ?? Number.NaN],
  ['CPU', (r) => r.server.cpuPercent],
  // The server's CPU less what its storage commits took on its thread (our own metric; the reference stores
  // nothing): how far the work around storing is from a server that only relays.
  ['CPU less commits', (r) => r.server.cpuPercent - commitCpuPercent(r)],
  ['idle RSS', (r) => r.server.idleRssBytes],
  ['peak RSS', (r) => r.server.peakRssBytes],
];

/** Which baseline each target is compared with, when both ran in the scenario. */
const BASELINES: readonly { baseline: string; targets: (name: string) => boolean }[] = [
  { baseline: 'reference', targets: (name) => name !== 'reference' },
  { baseline: 'ours', targets: (name) => name.startsWith('ours-') },
  // Two instances vs one on the same PostgreSQL + Redis path: the "no worse than one".
  { baseline: 'ours-pg', targets: (name) => name.startsWith('ours-pg-2x') },
];

/** % of one core the instances' storage writes took on their threads in the window; 0 for a server without the metric. */
export function commitCpuPercent(run: SyncRunSuccess): number {
  const seconds = run.serverCounters?.prozesswerk_store_write_cpu_seconds_total ?? 0;
  return (seconds / run.measureSeconds) * 100;
}

export type SyncRatio = { target: string; baseline: string; ratios: Record<string, number | null> };

export function syncRatios(runs: readonly SyncRunResult[]): SyncRatio[] {
  const ok = runs.filter((run): run is SyncRunSuccess => run.ok);
  const result: SyncRatio[] = [];
  for (const { baseline, targets } of BASELINES) {
    const base = ok.find((run) => run.target === baseline);
    if (!base) continue;
    for (const run of ok.filter((candidate) => targets(candidate.target))) {
      const ratios: Record<string, number | null> = {};
      for (const [name, value] of FIGURES) {
        const ratio = value(run) / value(base);
        ratios[name] = Number.isFinite(ratio) ? Number(ratio.toFixed(3)) : null;
      }
      result.push({ target: run.target, baseline, ratios });
    }
  }
  return result;
}

/** "ours ÷ reference  p50 1.12×  p99 0.95× …", as a table under the scenario's. */
export function formatRatios(ratios: readonly SyncRatio[]): string[] {
  if (ratios.length === 0) return [];
  const header = ['ratio (same run)', ...FIGURES.map(([name]) => name)];
  const rows = ratios.map(({ target, baseline, ratios: values }) => [
    `${target} ÷ ${baseline}`,
    ...FIGURES.map(([name]) => `${fixed(values[name], 2)}×`),
  ]);
  return ['', formatTable(header, rows)];
}

export const ratiosJson = (ratios: readonly SyncRatio[]): Json =>
  ratios.map(({ target, baseline, ratios: values }) => ({ target, baseline, ratios: values }));
