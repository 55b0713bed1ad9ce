// What a screen reader calls each element of a map, in words: kind, label, lane and connections, never ids.
import type { TFunction } from 'i18next';
import type { Lane, ProcessEdge, ProcessNode } from '@prozesswerk/process-model';

type NamedMap = {
  nodes: Iterable<ProcessNode>;
  edges: Iterable<ProcessEdge>;
  lanes: readonly Lane[];
};

/** The kind of a node in words ("Tätigkeit"); a kind without a name of its own is an "Element". */
export function kindName(t: TFunction, kind: string): string {
  return t(`kinds.${kind}.name`, { defaultValue: t('board.a11y.element') });
}

/** A node's label for reading out; an empty label says so instead of being silent. */
export function spokenLabel(t: TFunction, label: string | undefined): string {
  const trimmed = label?.trim();
  return trimmed ? trimmed : t('board.a11y.unnamed');
}

/** "Tätigkeit „Antrag prüfen“, Bahn Bürgerbüro, 2 Verbindungen". */
export function nodeName(
  t: TFunction,
  node: Pick<ProcessNode, 'kind' | 'label'>,
  lane: Pick<Lane, 'label'> | undefined,
  connections: number,
): string {
  const parts = [t('board.a11y.node', { kind: kindName(t, node.kind), label: spokenLabel(t, node.label) })];
  if (lane) parts.push(t('board.a11y.inLane', { lane: spokenLabel(t, lane.label) }));
  parts.push(t('board.a11y.connections', { count: connections }));
  return parts.join(', ');
}

/*
 * "Verbindung von „A“ nach „B“", with its label ("wenn ja") and kind when it is not a plain sequence flow, and what
 * BPMN's start marks show: "…, Standardfluss" or "…, mit Bedingung „betrag > 1000“".
 */
export function edgeName(
  t: TFunction,
  edge: Pick<ProcessEdge, 'kind' | 'label' | 'condition' | 'isDefault'>,
  from: string | undefined,
  to: string | undefined,
): string {
  const ends = { from: spokenLabel(t, from), to: spokenLabel(t, to) };
  const label = edge.label?.trim();
  const parts = [
    label
      ? t(`board.a11y.edgeNamed.${edge.kind}`, { ...ends, label })
      : t(`board.a11y.edge.${edge.kind}`, ends),
  ];
  if (edge.kind !== 'sequence') return parts[0]!;
  if (edge.isDefault === true) parts.push(t('board.a11y.defaultFlow'));
  const condition = edge.condition?.replace(/\s+/g, ' ').trim();
  if (condition) parts.push(t('board.a11y.withCondition', { condition }));
  return parts.join(', ');
}

/** "Bahn Bürgerbüro (Rolle), 3 Schritte". */
export function laneName(t: TFunction, lane: Pick<Lane, 'label' | 'kind'>, steps: number): string {
  return [
    t('lanes.ariaLabel', { name: spokenLabel(t, lane.label), kind: t(`lanes.kind.${lane.kind}`) }),
    t('board.a11y.steps', { count: steps }),
  ].join(', ');
}

/** How many connections touch each node (in or out). */
export function connectionCounts(
  edges: Iterable<Pick<ProcessEdge, 'source' | 'target'>>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const edge of edges) {
    counts.set(edge.source, (counts.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) counts.set(edge.target, (counts.get(edge.target) ?? 0) + 1);
  }
  return counts;
}

/** The spoken name of every node, edge and lane of a map, by id (lanes by their own id). */
export function accessibleNames(t: TFunction, map: NamedMap): Map<string, string> {
  const names = new Map<string, string>();
  const edges = [...map.edges];
  const counts = connectionCounts(edges);
  const lanes = new Map(map.lanes.map((lane) => [lane.id as string, lane]));
  const labels = new Map<string, string>();
  const steps = new Map<string, number>();
  for (const node of map.nodes) {
    labels.set(node.id, node.label);
    const lane = node.laneId ? lanes.get(node.laneId) : undefined;
    if (lane) steps.set(lane.id, (steps.get(lane.id) ?? 0) + 1);
    names.set(node.id, nodeName(t, node, lane, counts.get(node.id) ?? 0));
  }
  for (const edge of edges) {
    names.set(edge.id, edgeName(t, edge, labels.get(edge.source), labels.get(edge.target)));
  }
  for (const lane of map.lanes) names.set(lane.id, laneName(t, lane, steps.get(lane.id) ?? 0));
  return names;
}
