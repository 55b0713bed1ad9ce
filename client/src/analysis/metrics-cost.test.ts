// The live panel recomputes on every change: metrics and the SVG of a 500-node map must stay cheap.
import { describe, expect, it } from 'vitest';
import { asEdgeId, asLaneId, asNodeId, computeMetrics } from '@prozesswerk/process-model';
import type { ProcessEdge, ProcessMap, ProcessNode } from '@prozesswerk/process-model';
import { renderMapSvg } from './map-svg.ts';

function bigMap(size: number): ProcessMap {
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
  const link = (id: string, a: ProcessNode | undefined, b: ProcessNode | undefined) =>
    a && b && edges.push({ id: asEdgeId(id), kind: 'sequence', source: a.id, target: b.id });
  for (let i = 0; i + 1 < nodes.length; i++) link(`f${i}`, nodes[i], nodes[i + 1]);
  // Loops back every ten steps, as rework does.
  for (let i = 10; i < nodes.length - 10; i += 10) link(`b${i}`, nodes[i], nodes[i - 7]);
  const lanes = [0, 1, 2, 3].map((i) => ({
    id: asLaneId(`l${i}`),
    label: `Bahn ${i}`,
    order: i,
    size: 200,
    kind: 'role' as const,
  }));
  return { schemaVersion: 1, nodes, edges, lanes };
}

function medianMs(work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[3] ?? Infinity;
}

describe('cost of live analysis', () => {
  // About 5 ms (metrics) and 9 ms (SVG) on a laptop; the bound leaves room for a busy CI machine.
  it('computes metrics and renders the SVG of a 500-node map in well under a frame budget of 100 ms', () => {
    const map = bigMap(500);
    const metrics = computeMetrics(map, { defaultHourlyRate: 50 });
    expect(metrics.counts.activities + metrics.counts.decisions).toBe(498);
    expect(metrics.leadTimeMin).toBeGreaterThan(0);
    expect(medianMs(() => computeMetrics(map, { defaultHourlyRate: 50 }))).toBeLessThan(100);
    expect(medianMs(() => renderMapSvg(map))).toBeLessThan(100);
  });
});
