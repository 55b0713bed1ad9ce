// Every benchmark `npm run bench` knows; add a new one here and it can be selected by name.
import type { Benchmark } from '../benchmark.ts';
import { freezeBenchmark } from './freeze.ts';
import { renderBenchmark } from './render.ts';
import { syncBenchmark } from './sync.ts';

export const BENCHMARKS: readonly Benchmark[] = [syncBenchmark, freezeBenchmark, renderBenchmark];
