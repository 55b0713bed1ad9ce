// Every benchmark `npm run bench` knows; add a new one here and it can be selected by name.
import type { Benchmark } from '../benchmark.ts';
import { analysisBenchmark } from './analysis.ts';
import { firstLoadBenchmark } from './first-load.ts';
import { freezeBenchmark } from './freeze.ts';
import { interchangeBenchmark } from './interchange.ts';
import { renderBenchmark } from './render.ts';
import { roomsBenchmark } from './rooms.ts';
import { storageBenchmark } from './storage.ts';
import { syncBenchmark } from './sync.ts';
import { upstreamBenchmark } from './upstream.ts';

export const BENCHMARKS: readonly Benchmark[] = [
  syncBenchmark,
  freezeBenchmark,
  renderBenchmark,
  firstLoadBenchmark,
  upstreamBenchmark,
  analysisBenchmark,
  interchangeBenchmark,
  roomsBenchmark,
  storageBenchmark,
];
