// Sync load: many editors per room sending small map edits; propagation latency, loss, server CPU and memory.
import { buildServer } from '../../../scripts/build-server.ts';
import type { BenchOptions, BenchReport, Benchmark, Json } from '../benchmark.ts';
import { CLIENT_KINDS, isClientKind, type ClientKind } from '../sync/clients.ts';
import { ratiosJson, syncRatios } from '../sync/ratios.ts';
import { formatSyncScenario } from '../sync/report.ts';
import { runSyncLoad, type SyncRunResult, type SyncScenario } from '../sync/run-load.ts';
import { SHARED_TARGET_NAMES, syncTargets, type SharedBackend, type SyncTarget } from '../sync/targets.ts';

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
  description:
    'editors in this process against ours and the y-websocket@2 reference (and ours as 1 vs 2 instances on ' +
    'PostgreSQL + Redis when DATABASE_URL and REDIS_URL are set), a fresh server per run',
  scenarioIds: SCENARIOS.map((scenario) => scenario.id),
  async run(options: BenchOptions): Promise<BenchReport> {
    const client = clientKind(options.env.BENCH_CLIENT);
    const backend = sharedBackend(options.env);
    const { targets, named } = selectTargets(
      options.env.BENCH_SERVERS,
      parseEnvList(options.env.BENCH_OURS_ENV),
      backend,
    );
    const workers = workerCount(options.env.BENCH_WORKERS);
    const rooms = roomCount(options.env.BENCH_ROOMS);
    const selected = SCENARIOS.filter(
      (s) => options.scenarios.length === 0 || options.scenarios.includes(s.id),
    ).map((s) => (rooms === undefined ? s : withRooms(s, rooms)));
    const skipNote =
      backend.missing.length > 0 && !named && selected.some((s) => s.id === SCALE_OUT_SCENARIO)
        ? `Scale-out comparison skipped (${SHARED_TARGET_NAMES.join(' vs ')}: our server as 1 vs 2 instances on ` +
          `PostgreSQL + Redis): ${backend.missing.join(' and ')} ${backend.missing.length > 1 ? 'are' : 'is'} ` +
          `not set. Set DATABASE_URL and REDIS_URL to include it in ${SCALE_OUT_SCENARIO}.`
        : undefined;
    if (skipNote) options.progress(skipNote);
    if (targets.some((target) => target.name.startsWith('ours'))) {
      options.progress('building the server (npm start runs the same build)');
      await buildServer();
    }
    const texts: string[] = [];
    const data: Record<string, Json> = {};
    let ok = true;
    for (const scenario of selected) {
      const runs: SyncRunResult[] = [];
      // Targets with default scenarios (the scale-out pair: S2) run elsewhere only when BENCH_SERVERS names them.
      const scenarioTargets = targets.filter(
        (target) => named || !target.defaultScenarios || target.defaultScenarios.includes(scenario.id),
      );
      for (const target of scenarioTargets) {
        options.progress(`sync ${scenario.id} against ${target.name}: ${target.description}`);
        const run = await runSyncLoad(target, scenario, { ...options, client, workers }, options.progress);
        ok &&= run.ok;
        runs.push(run);
      }
      texts.push(formatSyncScenario(scenario, runs));
      data[scenario.id] = { scenario, runs, ratios: ratiosJson(syncRatios(runs)) };
    }
    const servers = targets.map(
      (target) =>
        `${target.name} = ${target.description}` +
        (!named && target.defaultScenarios ? ` (runs in ${target.defaultScenarios.join(', ')})` : ''),
    );
    return {
      ok,
      text: [
        `Clients (BENCH_CLIENT=${client}): ${CLIENT_KINDS[client].description}, ` +
          `spread over ${workers} worker threads (BENCH_WORKERS).`,
        ...servers,
        ...(skipNote ? [skipNote] : []),
        '',
        texts.join('\n\n'),
      ]
        .join('\n')
        .trimEnd(),
      data: {
        client,
        clientDescription: CLIENT_KINDS[client].description,
        workers,
        servers: Object.fromEntries(targets.map((target) => [target.name, target.description])),
        scaleOutSkipped: skipNote ?? null,
        scenarios: data,
      },
    };
  },
};

function clientKind(value: string | undefined): ClientKind {
  if (value === undefined || value === '') return DEFAULT_CLIENT;
  if (!isClientKind(value))
    throw new Error(`BENCH_CLIENT must be one of ${Object.keys(CLIENT_KINDS).join(', ')}`);
  return value;
}

/** BENCH_ROOMS scales a scenario down (or up) to a load the machine can deliver, keeping editors and rate per room. */
function roomCount(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error('BENCH_ROOMS must be a positive integer');
  return count;
}

function withRooms(scenario: SyncScenario, rooms: number): SyncScenario {
  const title = `${rooms} room${rooms === 1 ? '' : 's'} × ${scenario.editorsPerRoom} editors × ${scenario.editsPerSecondPerEditor} edit${scenario.editsPerSecondPerEditor === 1 ? '' : 's'}/s`;
  return { ...scenario, rooms, title: `${title} (BENCH_ROOMS)` };
}

function workerCount(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_WORKERS;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error('BENCH_WORKERS must be a positive integer');
  return count;
}

/** The scenario of issue 8's "two instances vs one" figures, where the scale-out pair runs by default. */
const SCALE_OUT_SCENARIO = 'S2';

/** DATABASE_URL and REDIS_URL (main.ts passes these two on besides BENCH_*), or which of them is missing. */
function sharedBackend(env: BenchOptions['env']): { config?: SharedBackend; missing: string[] } {
  const databaseUrl = env.DATABASE_URL ?? '';
  const redisUrl = env.REDIS_URL ?? '';
  const missing = [
    ...(databaseUrl === '' ? ['DATABASE_URL'] : []),
    ...(redisUrl === '' ? ['REDIS_URL'] : []),
  ];
  return missing.length === 0 ? { config: { databaseUrl, redisUrl }, missing } : { missing };
}

/**
 * BENCH_SERVERS=ours or =reference runs one side only (while developing); by default ours and reference, plus
 * ours-pg, ours-pg-2x and ours-pg-2x-rooms (in S2) when DATABASE_URL and REDIS_URL are set. `named`: BENCH_SERVERS chose them.
 */
function selectTargets(
  value: string | undefined,
  oursEnv: Record<string, string>,
  backend: { config?: SharedBackend; missing: string[] },
): { targets: readonly SyncTarget[]; named: boolean } {
  const all = syncTargets(oursEnv, backend.config);
  if (value === undefined || value === '') return { targets: all, named: false };
  const names = value.split(',').map((name) => name.trim());
  const needBackend = names.filter((name) => SHARED_TARGET_NAMES.includes(name));
  if (needBackend.length > 0 && backend.missing.length > 0) {
    throw new Error(
      `BENCH_SERVERS names ${needBackend.join(', ')}, which need${needBackend.length > 1 ? '' : 's'} ` +
        `PostgreSQL and Redis, but ${backend.missing.join(' and ')} ${backend.missing.length > 1 ? 'are' : 'is'} not set`,
    );
  }
  const targets = all.filter((target) => names.includes(target.name));
  if (targets.length !== names.length) {
    const known = [...all.map((target) => target.name), ...(backend.config ? [] : SHARED_TARGET_NAMES)];
    throw new Error(`BENCH_SERVERS must list some of ${known.join(', ')}`);
  }
  return { targets, named: true };
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
