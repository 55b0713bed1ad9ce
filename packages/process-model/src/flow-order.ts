// The reading order of a map: steps in the order the flow reaches them, grouped by lane (the map as an outline).
import type { Lane, ProcessEdge, ProcessNode } from './schema.ts';

type OrderNode = Pick<ProcessNode, 'id' | 'kind' | 'x' | 'y' | 'laneId'>;
type OrderEdge = Pick<ProcessEdge, 'id' | 'source' | 'target' | 'kind'>;

export type OutlineGroup = {
  /** Null for the steps in no lane (or in a lane that no longer exists). */
  lane: Lane | null;
  nodeIds: string[];
};

/** Left to right, then top to bottom: how a person reads the map where the flow says nothing. */
function byPosition(a: OrderNode, b: OrderNode): number {
  return a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Every node once, in flow order: starting from start events and nodes nothing leads to (left first), each
 * step followed by the steps its connections lead to (top branch first). Steps in a cycle that nothing
 * leads into come last, again from the leftmost. Associations (to notes, documents) do not count as flow.
 */
export function flowOrder(nodes: readonly OrderNode[], edges: readonly OrderEdge[]): string[] {
  const byId = new Map(nodes.map((node) => [node.id as string, node]));
  const next = new Map<string, OrderNode[]>();
  const hasIncoming = new Set<string>();
  for (const edge of edges) {
    if (edge.kind === 'association') continue;
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || source === target) continue;
    const list = next.get(source.id) ?? [];
    list.push(target);
    next.set(source.id, list);
    hasIncoming.add(target.id);
  }
  for (const list of next.values()) list.sort((a, b) => a.y - b.y || byPosition(a, b));
  const sorted = [...nodes].sort(byPosition);
  const roots = [
    ...sorted.filter((node) => node.kind === 'start'),
    ...sorted.filter((node) => node.kind !== 'start' && !hasIncoming.has(node.id)),
  ];
  const order: string[] = [];
  const seen = new Set<string>();
  // Depth first, so a branch is read to its end before the next one starts.
  const visit = (root: OrderNode) => {
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      order.push(node.id);
      const targets = next.get(node.id) ?? [];
      for (let i = targets.length - 1; i >= 0; i--) if (!seen.has(targets[i]!.id)) stack.push(targets[i]!);
    }
  };
  for (const root of roots) visit(root);
  for (const node of sorted) visit(node);
  return order;
}

/** The steps per lane (lanes in their order, then the steps in no lane), each group in flow order. */
export function outlineGroups(
  nodes: readonly OrderNode[],
  edges: readonly OrderEdge[],
  lanes: readonly Lane[],
): OutlineGroup[] {
  const laneIds = new Set<string>(lanes.map((lane) => lane.id));
  const groups = new Map<string | null, string[]>(lanes.map((lane) => [lane.id as string, []]));
  groups.set(null, []);
  const laneOf = new Map(nodes.map((node) => [node.id as string, node.laneId]));
  for (const id of flowOrder(nodes, edges)) {
    const laneId = laneOf.get(id);
    groups.get(laneId && laneIds.has(laneId) ? laneId : null)!.push(id);
  }
  const result: OutlineGroup[] = lanes.map((lane) => ({ lane, nodeIds: groups.get(lane.id)! }));
  const loose = groups.get(null)!;
  if (loose.length > 0 || lanes.length === 0) result.push({ lane: null, nodeIds: loose });
  return result;
}
