// Warnings about gaps in a map that make its metrics incomplete or its flow questionable.
import type { NodeId } from './ids.ts';
import { reachableFrom, startIds } from './metrics-graph.ts';
import type { SequenceGraph } from './metrics-graph.ts';

export const METRIC_WARNING_CODES = [
  'no-start',
  'no-end',
  'unreachable',
  'missing-duration',
  'missing-cases',
  'missing-medium',
  'missing-rate',
  'dangling-decision',
] as const;

export type MetricWarningCode = (typeof METRIC_WARNING_CODES)[number];

// A code, not a sentence: the UI words it in the user's language and can jump to `nodeId`.
export interface MetricWarning {
  code: MetricWarningCode;
  nodeId?: NodeId;
}

/*
 * Structural warnings: no start or no end node; activities not reachable from any start along
 * sequence flows; decisions with fewer than two outgoing sequence flows (nothing to decide).
 * Missing values (duration, cases, medium, rate) are reported by the metric that needs them.
 */
export function structuralWarnings(graph: SequenceGraph): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  const nodes = [...graph.nodes.values()];
  if (!nodes.some((node) => node.kind === 'start')) warnings.push({ code: 'no-start' });
  if (!nodes.some((node) => node.kind === 'end')) warnings.push({ code: 'no-end' });
  const reachable = reachableFrom(graph, startIds(graph));
  for (const node of nodes) {
    if (node.kind === 'activity' && !reachable.has(node.id))
      warnings.push({ code: 'unreachable', nodeId: node.id });
    if (node.kind === 'decision' && (graph.next.get(node.id)?.length ?? 0) < 2) {
      warnings.push({ code: 'dangling-decision', nodeId: node.id });
    }
  }
  return warnings;
}
