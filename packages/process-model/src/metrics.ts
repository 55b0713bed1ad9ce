// Process metrics for the metrics panel, print sheet and comparison: counts, hand-offs, media breaks, time, cost.
import type { EdgeId, NodeId } from './ids.ts';
import { isDataKind } from './kinds.ts';
import { nodeMinutes } from './metrics-time.ts';
import { longestPath, nextActivities, sequenceGraph } from './metrics-graph.ts';
import type { SequenceGraph } from './metrics-graph.ts';
import { structuralWarnings } from './metrics-warnings.ts';
import type { MetricWarning } from './metrics-warnings.ts';
import type { Medium, ProcessMap, ProcessNode } from './schema.ts';

export interface MetricsOptions {
  /** Euro per hour, keyed by lane id or by role; a lane id wins over a role. */
  hourlyRates?: Readonly<Record<string, number>>;
  defaultHourlyRate?: number;
}

export interface MediaBreak {
  from: NodeId;
  to: NodeId;
  fromMedium: Medium;
  toMedium: Medium;
}

export interface ProcessMetrics {
  counts: {
    activities: number;
    /** Exclusive, inclusive, event-based and complex gateways: wherever the flow chooses. */
    decisions: number;
    parallelGateways: number;
    /** Documents (data objects), data stores and the process's data inputs and outputs. */
    documents: number;
    notes: number;
    /** Intermediate events, boundary events included. */
    events: number;
  };
  handOffs: number;
  handOffEdgeIds: EdgeId[];
  mediaBreaks: number;
  mediaBreakPairs: MediaBreak[];
  /**
   * Processing plus waiting time along the longest start-to-end path; null without such a path. An
   * intermediate event waits its waiting time, else its timer's duration; an open sub-process takes
   * the longest path through its content.
   */
  leadTimeMin: number | null;
  criticalPath: NodeId[];
  /** Staff figures count the administration's work only: activities in an external party's lane are left out. */
  staffMinutesPerYear: number;
  staffCostPerYear: number;
  /** Activities in lanes of kind 'external' (e.g. the applicant's own steps), left out of staff time and cost. */
  externalActivities: number;
  /**
   * Cases per year of the process: the largest count any activity gives (every case passes its busiest step; a
   * branch such as "Unterlagen nachfordern" sees fewer). Null when no activity gives one.
   */
  casesPerYear: number | null;
  /** Staff minutes per year divided by the cases: what one case costs the administration in time; null without cases. */
  staffMinutesPerCase: number | null;
  warnings: MetricWarning[];
}

export function computeMetrics(map: ProcessMap, options: MetricsOptions = {}): ProcessMetrics {
  const graph = sequenceGraph(map);
  const activities = map.nodes.filter((node) => node.kind === 'activity');
  const external = externalActivityIds(map, activities);
  const ownActivities = activities.filter((node) => !external.has(node.id));
  const handOffEdgeIds = handOffs(map, graph);
  const mediaBreakPairs = mediaBreaks(graph, activities);
  const path = longestPath(graph, nodeMinutes(graph));
  const staff = staffTime(ownActivities, options);
  const caseCounts = activities.flatMap((node) => node.attrs.casesPerYear ?? []);
  const cases = caseCounts.length > 0 ? Math.max(...caseCounts) : null;
  return {
    counts: {
      activities: activities.length,
      decisions: ['decision', 'inclusive', 'eventBased', 'complex'].reduce(
        (sum, kind) => sum + countKind(map, kind as ProcessNode['kind']),
        0,
      ),
      parallelGateways: countKind(map, 'parallel'),
      documents: map.nodes.filter((node) => isDataKind(node.kind)).length,
      notes: countKind(map, 'note'),
      events: countKind(map, 'intermediate'),
    },
    handOffs: handOffEdgeIds.length,
    handOffEdgeIds,
    mediaBreaks: mediaBreakPairs.length,
    mediaBreakPairs,
    leadTimeMin: path?.minutes ?? null,
    criticalPath: path?.path ?? [],
    staffMinutesPerYear: staff.minutes,
    staffCostPerYear: staff.cost,
    externalActivities: external.size,
    casesPerYear: cases,
    staffMinutesPerCase: cases ? staff.minutes / cases : null,
    warnings: [...structuralWarnings(graph), ...valueWarnings(activities, external), ...staff.warnings],
  };
}

function countKind(map: ProcessMap, kind: ProcessNode['kind']): number {
  return map.nodes.filter((node) => node.kind === kind).length;
}

// A hand-off is a sequence flow between two nodes that both sit in a lane, and in different lanes.
function handOffs(map: ProcessMap, graph: SequenceGraph): EdgeId[] {
  return map.edges
    .filter((edge) => {
      if (edge.kind !== 'sequence') return false;
      const source = graph.nodes.get(edge.source)?.laneId;
      const target = graph.nodes.get(edge.target)?.laneId;
      return source !== undefined && target !== undefined && source !== target;
    })
    .map((edge) => edge.id);
}

/*
 * A media break is a pair of activities A → B where B follows A directly or through decision and
 * parallel gateways only (see `nextActivities`), both have a medium, and the media differ
 * (any difference, 'mixed' included). Each pair counts once, however many branches connect it;
 * activities without a medium are left out and warned about.
 */
function mediaBreaks(graph: SequenceGraph, activities: readonly ProcessNode[]): MediaBreak[] {
  const result: MediaBreak[] = [];
  for (const from of activities) {
    const fromMedium = from.attrs.medium;
    if (fromMedium === undefined) continue;
    for (const to of nextActivities(graph, from.id)) {
      const toMedium = graph.nodes.get(to)?.attrs.medium;
      if (toMedium !== undefined && toMedium !== fromMedium)
        result.push({ from: from.id, to, fromMedium, toMedium });
    }
  }
  return result;
}

/*
 * An external party's lane (the applicant, another authority) holds steps the administration does
 * not staff: their duration still counts towards the lead time, but not towards staff time or cost.
 */
function externalActivityIds(map: ProcessMap, activities: readonly ProcessNode[]): Set<NodeId> {
  const externalLanes = new Set(map.lanes.filter((lane) => lane.kind === 'external').map((lane) => lane.id));
  return new Set(
    activities
      .filter((node) => node.laneId !== undefined && externalLanes.has(node.laneId))
      .map((node) => node.id),
  );
}

// Cases per year only feed staff time, so external steps are not asked for them.
function valueWarnings(activities: readonly ProcessNode[], external: ReadonlySet<NodeId>): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  for (const { id, attrs } of activities) {
    if (attrs.durationMin === undefined) warnings.push({ code: 'missing-duration', nodeId: id });
    if (attrs.casesPerYear === undefined && !external.has(id))
      warnings.push({ code: 'missing-cases', nodeId: id });
    if (attrs.medium === undefined) warnings.push({ code: 'missing-medium', nodeId: id });
  }
  return warnings;
}

/*
 * Staff minutes per year = Σ durationMin × casesPerYear over the administration's activities (not
 * in an external lane) that have both (waiting
 * time costs no staff). Cost = minutes / 60 × the rate of the activity's lane id, else its role,
 * else the default; an activity with minutes but no rate adds no cost and a 'missing-rate' warning.
 */
function staffTime(
  activities: readonly ProcessNode[],
  { hourlyRates = {}, defaultHourlyRate }: MetricsOptions,
): { minutes: number; cost: number; warnings: MetricWarning[] } {
  let minutes = 0;
  let cost = 0;
  const warnings: MetricWarning[] = [];
  for (const { id, laneId, attrs } of activities) {
    if (attrs.durationMin === undefined || attrs.casesPerYear === undefined) continue;
    const activityMinutes = attrs.durationMin * attrs.casesPerYear;
    minutes += activityMinutes;
    const rate =
      (laneId === undefined ? undefined : ownRate(hourlyRates, laneId)) ??
      (attrs.role === undefined ? undefined : ownRate(hourlyRates, attrs.role)) ??
      defaultHourlyRate;
    if (rate === undefined) warnings.push({ code: 'missing-rate', nodeId: id });
    else cost += (activityMinutes / 60) * rate;
  }
  return { minutes, cost, warnings };
}

// Own properties only, so a role called "constructor" does not find Object.prototype.constructor.
function ownRate(rates: Readonly<Record<string, number>>, key: string): number | undefined {
  return Object.hasOwn(rates, key) ? rates[key] : undefined;
}
