// The live panel recomputes on every change: metrics and the SVG of a 500-node map are complete and stable.
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

describe('live analysis of a large map', () => {
  // How long this takes is measured by `npm run bench -- analysis` (about 5 ms and 9 ms on a laptop); a test on a
  // shared machine asserts only what the panel shows.
  it('computes the metrics and renders the SVG of a 500-node map completely, the same every time', () => {
    const map = bigMap(500);
    const metrics = computeMetrics(map, { defaultHourlyRate: 50 });
    expect(metrics.counts.activities + metrics.counts.decisions).toBe(498);
    expect(metrics.leadTimeMin).toBeGreaterThan(0);
    expect(computeMetrics(map, { defaultHourlyRate: 50 })).toEqual(metrics);

    const { svg } = renderMapSvg(map);
    expect(svg.match(/<g class="node"/g)).toHaveLength(500);
    expect(svg.match(/<g class="edge"/g)).toHaveLength(map.edges.length);
    expect(svg.match(/<g class="lane"/g)).toHaveLength(4);
    expect(svg).toContain('Schritt 497');
    expect(renderMapSvg(map).svg).toBe(svg);
  });
});
