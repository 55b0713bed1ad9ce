// The contract every benchmark implements, so main.ts can select, run and report any of them alike.

/** A JSON-safe value, so that every benchmark's figures can go into results/latest.json as they are. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type BenchOptions = {
  /** Length of each measure window (BENCH_SECONDS). */
  measureSeconds: number;
  /** Load before measuring starts, not recorded (BENCH_WARMUP_SECONDS). */
  warmupSeconds: number;
  /** Longest wait after the window for deliveries still in flight (BENCH_DRAIN_SECONDS). */
  drainSeconds: number;
  /** Scenario ids to run within the benchmark; empty means all of them. */
  scenarios: readonly string[];
  /**
   * The BENCH_* environment, for settings that only one benchmark understands (e.g. BENCH_CLIENT), and
   * DATABASE_URL / REDIS_URL if set (sync's scale-out targets).
   */
  env: Readonly<Record<string, string | undefined>>;
  /** Progress lines go here, not to stdout, so stdout holds only the result tables. */
  progress(message: string): void;
};

export type BenchReport = {
  /** False when any scenario could not be run to the end; main.ts then exits non-zero. */
  ok: boolean;
  /** Human-readable result, printed to stdout. */
  text: string;
  /** Machine-readable result, written to results/latest.json under the benchmark's name. */
  data: Json;
};

export type Benchmark = {
  name: string;
  description: string;
  /** Scenario ids this benchmark knows, for argument checking and help. */
  scenarioIds: readonly string[];
  run(options: BenchOptions): Promise<BenchReport>;
};
