// The map as an outline: per lane, the steps in flow order, each with where the flow goes next and open threads.
import { outlineGroups, type Lane, type ProcessEdge, type ProcessNode } from '@prozesswerk/process-model';

export type OutlineLink = { edge: ProcessEdge; target: ProcessNode };
export type OutlineStep = {
  node: ProcessNode;
  /** Where the flow goes from here, upper branch first. */
  outgoing: OutlineLink[];
  /** Steps whose connections lead here. */
  incoming: ProcessNode[];
  openThreads: number;
};
export type OutlineSection = { lane: Lane | null; steps: OutlineStep[] };

export type OutlineInput = {
  nodes: readonly ProcessNode[];
  edges: readonly ProcessEdge[];
  lanes: readonly Lane[];
};

export function buildOutline(
  map: OutlineInput,
  openThreads: ReadonlyMap<string, number> = new Map(),
): OutlineSection[] {
  const byId = new Map(map.nodes.map((node) => [node.id as string, node]));
  // A connection to a missing step (left behind by a concurrent delete) is not shown, as on the canvas.
  const edges = map.edges.filter((edge) => byId.has(edge.source) && byId.has(edge.target));
  const outgoing = new Map<string, OutlineLink[]>();
  const incoming = new Map<string, ProcessNode[]>();
  for (const edge of edges) {
    const links = outgoing.get(edge.source) ?? [];
    links.push({ edge, target: byId.get(edge.target)! });
    outgoing.set(edge.source, links);
    const sources = incoming.get(edge.target) ?? [];
    sources.push(byId.get(edge.source)!);
    incoming.set(edge.target, sources);
  }
  for (const links of outgoing.values()) {
    links.sort((a, b) => a.target.y - b.target.y || a.target.x - b.target.x);
  }
  return outlineGroups(map.nodes, edges, map.lanes).map((group) => ({
    lane: group.lane,
    steps: group.nodeIds.map((id) => ({
      node: byId.get(id)!,
      outgoing: outgoing.get(id) ?? [],
      incoming: incoming.get(id) ?? [],
      openThreads: openThreads.get(id) ?? 0,
    })),
  }));
}

/** The step before `id` in the outline, else the one after: where focus goes when `id` is deleted. */
export function outlineNeighbour(sections: readonly OutlineSection[], id: string): string | null {
  const ids = sections.flatMap((section) => section.steps.map((step) => step.node.id as string));
  const index = ids.indexOf(id);
  if (index === -1) return null;
  return ids[index - 1] ?? ids[index + 1] ?? null;
}
