// Entry point of `npm run bench`: runs the selected benchmarks, prints their tables, writes results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Json } from './benchmark.ts';
import { USAGE, parseRunPlan, type RunPlan } from './options.ts';
import { BENCHMARKS } from './scenarios/index.ts';

const RESULTS_FILE = resolve(fileURLToPath(import.meta.url), '../../results/latest.json');

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}

let plan: RunPlan;
try {
  plan = parseRunPlan(process.argv.slice(2), process.env, BENCHMARKS);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}

// Every WebsocketProvider registers a process 'exit' listener; thousands of them are expected here.
process.setMaxListeners(0);

/** BENCH_* settings, plus the PostgreSQL and Redis that the sync benchmark's scale-out targets run on. */
const benchEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name.startsWith('BENCH_') || name === 'DATABASE_URL' || name === 'REDIS_URL',
    ),
  );
const progress = (message: string) => console.error(message);
const startedAt = new Date();
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
};
console.log(
  `Prozesswerk bench — ${startedAt.toISOString()} — node ${machine.node}, ${machine.cpus} CPUs, ` +
    `load average ${machine.loadAverageAtStart.join(' / ')}`,
);
console.log(
  `measure ${plan.timing.measureSeconds} s after ${plan.timing.warmupSeconds} s warm-up, ` +
    `drain up to ${plan.timing.drainSeconds} s\n`,
);

const results: Record<string, Json> = {};
let ok = true;
for (const { benchmark, scenarios } of plan.selections) {
  progress(`== ${benchmark.name}: ${benchmark.description}`);
  const report = await benchmark.run({ ...plan.timing, scenarios, env: benchEnv(), progress });
  ok &&= report.ok;
  results[benchmark.name] = report.data;
  console.log(`${report.text}\n`);
}

const output: Json = {
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  machine: { ...machine, loadAverageAtEnd: loadavg().map((load) => Number(load.toFixed(2))) },
  timing: plan.timing,
  benchmarks: results,
};
mkdirSync(dirname(RESULTS_FILE), { recursive: true });
// Formatted like every other file, so `npm run check` stays green after a bench run.
const prettierOptions = (await resolveConfig(RESULTS_FILE)) ?? {};
writeFileSync(RESULTS_FILE, await format(JSON.stringify(output), { ...prettierOptions, parser: 'json' }));
console.log(`Results written to ${RESULTS_FILE}`);
// Closed sockets and provider timers may linger for a moment; the figures are complete, so end now.
process.exit(ok ? 0 : 1);
