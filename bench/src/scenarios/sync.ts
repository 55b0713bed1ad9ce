// Sync load: many editors per room sending small map edits; propagation latency, loss, server CPU and memory.
import type { BenchOptions, BenchReport, Benchmark, Json } from '../benchmark.ts';
import { CLIENT_KINDS, isClientKind, type ClientKind } from '../sync/clients.ts';
import { formatSyncScenario } from '../sync/report.ts';
import { runSyncLoad, type SyncRunResult, type SyncScenario } from '../sync/run-load.ts';
import { syncTargets, type SyncTarget } from '../sync/targets.ts';

const SCENARIOS: readonly SyncScenario[] = [
  {
    id: 'S1',
    title: '1 room × 50 editors × 2 edits/s',
    rooms: 1,
    editorsPerRoom: 50,
    editsPerSecondPerEditor: 2,
  },
  {
    id: 'S2',
    title: '200 rooms × 10 editors × 1 edit/s',
    rooms: 200,
    editorsPerRoom: 10,
    editsPerSecondPerEditor: 1,
  },
];

const DEFAULT_CLIENT: ClientKind = 'lean';
/** Two threads: on a 2-core machine one thread alone cannot receive S2's 18 000 deliveries a second. */
const DEFAULT_WORKERS = 2;

export const syncBenchmark: Benchmark = {
  name: 'sync',
  description: 'editors in this process against ours and the y-websocket@2 reference, a fresh server per run',
  scenarioIds: SCENARIOS.map((scenario) => scenario.id),
  async run(options: BenchOptions): Promise<BenchReport> {
    const client = clientKind(options.env.BENCH_CLIENT);
    const targets = selectTargets(options.env.BENCH_SERVERS, parseEnvList(options.env.BENCH_OURS_ENV));
    const workers = workerCount(options.env.BENCH_WORKERS);
    const selected = SCENARIOS.filter(
      (s) => options.scenarios.length === 0 || options.scenarios.includes(s.id),
    );
    const texts: string[] = [];
    const data: Record<string, Json> = {};
    let ok = true;
    for (const scenario of selected) {
      const runs: SyncRunResult[] = [];
      for (const target of targets) {
        options.progress(`sync ${scenario.id} against ${target.name}: ${target.description}`);
        const run = await runSyncLoad(target, scenario, { ...options, client, workers }, options.progress);
        ok &&= run.ok;
        runs.push(run);
      }
      texts.push(formatSyncScenario(scenario, runs));
      data[scenario.id] = { scenario, runs };
    }
    const servers = targets.map((target) => `${target.name} = ${target.description}`);
    return {
      ok,
      text: [
        `Clients (BENCH_CLIENT=${client}): ${CLIENT_KINDS[client].description}, ` +
          `spread over ${workers} worker threads (BENCH_WORKERS).`,
        ...servers,
        '',
        texts.join('\n\n'),
      ]
        .join('\n')
        .trimEnd(),
      data: { client, clientDescription: CLIENT_KINDS[client].description, workers, scenarios: data },
    };
  },
};

function clientKind(value: string | undefined): ClientKind {
  if (value === undefined || value === '') return DEFAULT_CLIENT;
  if (!isClientKind(value))
    throw new Error(`BENCH_CLIENT must be one of ${Object.keys(CLIENT_KINDS).join(', ')}`);
  return value;
}

function workerCount(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_WORKERS;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error('BENCH_WORKERS must be a positive integer');
  return count;
}

/** BENCH_SERVERS=ours or =reference runs one side only (while developing); default both. */
function selectTargets(value: string | undefined, oursEnv: Record<string, string>): readonly SyncTarget[] {
  const all = syncTargets(oursEnv);
  if (value === undefined || value === '') return all;
  const names = value.split(',').map((name) => name.trim());
  const targets = all.filter((target) => names.includes(target.name));
  if (targets.length !== names.length) {
    throw new Error(`BENCH_SERVERS must list some of ${all.map((target) => target.name).join(', ')}`);
  }
  return targets;
}

/** BENCH_OURS_ENV="SQLITE_SYNCHRONOUS=NORMAL COMPACT_THRESHOLD=2000" → extra environment for our server. */
function parseEnvList(value: string | undefined): Record<string, string> {
  const pairs = (value ?? '').split(/\s+/).filter((pair) => pair !== '');
  return Object.fromEntries(
    pairs.map((pair) => {
      const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair);
      if (!match?.[1]) throw new Error(`BENCH_OURS_ENV: "${pair}" is not NAME=value`);
      return [match[1], match[2] ?? ''];
    }),
  );
}
