// Warnings about gaps in a map that make its metrics incomplete or its flow questionable.
import type { NodeId } from './ids.ts';
import { isBoundaryEvent } from './kinds.ts';
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
const DECISIONS: ReadonlySet<string> = new Set(['decision', 'inclusive', 'eventBased', 'complex']);

export function structuralWarnings(graph: SequenceGraph): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  const nodes = [...graph.nodes.values()];
  if (!nodes.some((node) => node.kind === 'start' && node.parentId === undefined))
    warnings.push({ code: 'no-start' });
  if (!nodes.some((node) => node.kind === 'end' && node.parentId === undefined))
    warnings.push({ code: 'no-end' });
  const reachable = reachableFrom(graph, startIds(graph));
  for (const node of nodes) {
    // Content of sub-processes is checked by the flow into its sub-process, not from the process's start.
    // An event sub-process and a compensation activity are started by events, never by a flow.
    const checked =
      node.parentId === undefined &&
      !isBoundaryEvent(node) &&
      node.activityType !== 'eventSubProcess' &&
      node.compensation !== true;
    if (checked && (node.kind === 'activity' || node.kind === 'intermediate') && !reachable.has(node.id))
      warnings.push({ code: 'unreachable', nodeId: node.id });
    if (DECISIONS.has(node.kind) && (graph.next.get(node.id)?.length ?? 0) < 2) {
      warnings.push({ code: 'dangling-decision', nodeId: node.id });
    }
  }
  return warnings;
}
