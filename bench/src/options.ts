// Parses `npm run bench -- [name | name:SCENARIO …]` and the BENCH_* environment into a run plan.
import type { Benchmark } from './benchmark.ts';

export type Timing = { measureSeconds: number; warmupSeconds: number; drainSeconds: number };

export type Selection = { benchmark: Benchmark; scenarios: string[] };

export type RunPlan = { timing: Timing; selections: Selection[] };

export const USAGE = `usage: npm run bench -- [name | name:SCENARIO ...]
  e.g. npm run bench -- sync        all sync scenarios
       npm run bench -- sync:S2     only scenario S2 of sync
  env: BENCH_SECONDS         measure window per run (default 20)
       BENCH_WARMUP_SECONDS  load before measuring (default 3)
       BENCH_DRAIN_SECONDS   longest wait for deliveries in flight (default 5)
  sync: BENCH_CLIENT=lean|provider, BENCH_WORKERS (default 2),
        BENCH_ROOMS (rooms of every selected scenario, e.g. 60 for an S2 this machine can deliver),
        BENCH_SERVERS=ours,reference[,ours-pg,ours-pg-2x,ours-pg-2x-rooms] (default: all; ours-pg* in S2 only),
        BENCH_OURS_ENV="SQLITE_SYNCHRONOUS=NORMAL ..." (extra environment for our server),
        DATABASE_URL + REDIS_URL: adds ours-pg (1 instance), ours-pg-2x (2 instances sharing
        PostgreSQL + Redis, each room's editors split between them) and ours-pg-2x-rooms (2 instances,
        each room wholly on one); without both, they are skipped
  first-load: BENCH_FIRST_LOAD_RUNS (loads of each kind, default 3; the median counts),
        BENCH_WATERFALL=1 (prints every request of the median throttled load)
  interchange: BENCH_IMPORT_ENV="BPMN_IMPORT_THREADS=4 ..." (the server's import settings),
        BENCH_IMPORT_WARM_UP (imports of each file before I1's timed ones, default 10)
  storage: DATABASE_URL adds PostgreSQL (a fresh schema, dropped after); BENCH_SECONDS sets the commits (100/s)`;

export function parseRunPlan(
  args: readonly string[],
  env: Record<string, string | undefined>,
  benchmarks: readonly Benchmark[],
): RunPlan {
  const timing: Timing = {
    measureSeconds: seconds(env, 'BENCH_SECONDS', 20),
    warmupSeconds: seconds(env, 'BENCH_WARMUP_SECONDS', 3),
    drainSeconds: seconds(env, 'BENCH_DRAIN_SECONDS', 5),
  };
  if (args.length === 0)
    return { timing, selections: benchmarks.map((benchmark) => ({ benchmark, scenarios: [] })) };

  const selections: Selection[] = [];
  for (const arg of args) {
    const [name = '', scenario] = arg.split(':');
    const benchmark = benchmarks.find((candidate) => candidate.name === name);
    if (!benchmark)
      throw new Error(`unknown benchmark "${name}"; known: ${benchmarks.map((b) => b.name).join(', ')}`);
    if (scenario !== undefined && !benchmark.scenarioIds.includes(scenario)) {
      throw new Error(
        `unknown scenario "${scenario}" of ${name}; known: ${benchmark.scenarioIds.join(', ')}`,
      );
    }
    let selection = selections.find((existing) => existing.benchmark === benchmark);
    if (!selection) {
      selection = { benchmark, scenarios: [] };
      selections.push(selection);
    } else if (selection.scenarios.length === 0) {
      continue; // Already selected whole.
    }
    if (scenario === undefined) selection.scenarios = [];
    else selection.scenarios.push(scenario);
  }
  return { timing, selections };
}

function seconds(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative number of seconds`);
  return value;
}
