// Analysis: what the live panel costs on every change of a 500-node map — the metrics and the map's SVG.
import {
  asEdgeId,
  asLaneId,
  asNodeId,
  computeMetrics,
  type ProcessEdge,
  type ProcessMap,
  type ProcessNode,
} from '@prozesswerk/process-model';
import { renderMapSvg } from '../../../client/src/analysis/map-svg.ts';
import type { BenchOptions, BenchReport, Benchmark } from '../benchmark.ts';
import { summarize } from '../report/percentiles.ts';

const NODES = 500;
const RUNS = 25;
/** A frame budget: the panel recomputes on every change while someone drags. */
const TARGET_MS = 100;

/** Activities in four lanes, chained, with a loop back every ten steps as rework does; one in ten is a decision. */
function largeMap(size: number): ProcessMap {
  const nodes: ProcessNode[] = [{ id: asNodeId('s'), kind: 'start', label: 'Start', x: 0, y: 0, attrs: {} }];
  for (let i = 0; i < size - 2; i++) {
    nodes.push({
      id: asNodeId(`n${i}`),
      kind: i % 10 === 5 ? 'decision' : 'activity',
      label: `Schritt ${i}`,
      x: i * 200,
      y: (i % 4) * 200,
      laneId: asLaneId(`l${i % 4}`),
      attrs: { durationMin: 10, waitMin: 5, casesPerYear: 100, medium: i % 3 ? 'paper' : 'digital' },
    });
  }
  nodes.push({ id: asNodeId('e'), kind: 'end', label: 'Ende', x: 0, y: 0, attrs: {} });
  const edges: ProcessEdge[] = [];
  for (let i = 0; i + 1 < nodes.length; i++)
    edges.push({ id: asEdgeId(`f${i}`), kind: 'sequence', source: nodes[i]!.id, target: nodes[i + 1]!.id });
  for (let i = 10; i < nodes.length - 10; i += 10)
    edges.push({ id: asEdgeId(`b${i}`), kind: 'sequence', source: nodes[i]!.id, target: nodes[i - 7]!.id });
  const lanes = [0, 1, 2, 3].map((i) => ({
    id: asLaneId(`l${i}`),
    label: `Bahn ${i}`,
    order: i,
    size: 200,
    kind: 'role' as const,
  }));
  return { schemaVersion: 1, nodes, edges, lanes };
}

function timed(work: () => unknown): Float64Array {
  work(); // warm: the first call pays for compiling
  const times = new Float64Array(RUNS);
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    work();
    times[run] = performance.now() - started;
  }
  return times;
}

export const analysisBenchmark: Benchmark = {
  name: 'analysis',
  description: `metrics and SVG of a ${NODES}-node map, as the live analysis panel recomputes them`,
  scenarioIds: ['A1'],
  run(options: BenchOptions): Promise<BenchReport> {
    const map = largeMap(NODES);
    options.progress(`analysis: ${map.nodes.length} nodes, ${map.edges.length} edges; measuring`);
    const metrics = timed(() => computeMetrics(map, { defaultHourlyRate: 50 }));
    const svg = timed(() => renderMapSvg(map));
    const ms = (value: number | null) => (value ?? Number.NaN).toFixed(1);
    const line = (name: string, times: Float64Array) => {
      const s = summarize(times);
      return `  ${name.padEnd(8)} p50 ${ms(s.p50)} ms · p90 ${ms(s.p90)} ms · max ${ms(s.max)} ms · target p50 < ${TARGET_MS} ms`;
    };
    const figures = (times: Float64Array) => {
      const s = summarize(times);
      return { p50Ms: s.p50, p90Ms: s.p90, maxMs: s.max };
    };
    const text = [
      `Live analysis of a ${NODES}-node / ${map.edges.length}-edge map in 4 lanes, ${RUNS} runs each (one thread):`,
      line('metrics', metrics),
      line('svg', svg),
    ].join('\n');
    const ok = [metrics, svg].every((times) => (summarize(times).p50 ?? Infinity) < TARGET_MS);
    return Promise.resolve({
      ok: true,
      text: ok ? text : `${text}\n  p50 above the target`,
      data: { nodes: NODES, runs: RUNS, targetMs: TARGET_MS, metrics: figures(metrics), svg: figures(svg) },
    });
  },
};
