// Keyboard moves on the canvas: which element comes next along the flow, in reading order, or after a delete.
import { outlineGroups, type Lane, type ProcessEdge, type ProcessNode } from '@prozesswerk/process-model';

/** Lanes are React Flow nodes with this prefix; nodes and edges go by their own ids. */
export const LANE_FLOW_PREFIX = 'lane:';

export type NavigationMap = {
  nodes: Readonly<Record<string, ProcessNode>>;
  edges: Readonly<Record<string, ProcessEdge>>;
  lanes: readonly Lane[];
};

export type NavigationKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

/** Each lane followed by its steps in flow order, then the steps in no lane: what ↑ and ↓ walk through. */
export function readingOrder(map: NavigationMap): string[] {
  const nodes = Object.values(map.nodes);
  const edges = Object.values(map.edges).filter(
    (edge) => edge.source in map.nodes && edge.target in map.nodes,
  );
  return outlineGroups(nodes, edges, map.lanes).flatMap((group) => [
    ...(group.lane ? [LANE_FLOW_PREFIX + group.lane.id] : []),
    ...group.nodeIds,
  ]);
}

function position(map: NavigationMap, nodeId: string): { x: number; y: number } {
  const node = map.nodes[nodeId];
  return node ? { x: node.x, y: node.y } : { x: 0, y: 0 };
}

/** Connections leaving (or entering) a node, the upper end first, as a person reads the branches. */
export function connectionsOf(map: NavigationMap, nodeId: string, direction: 'out' | 'in'): ProcessEdge[] {
  const end = direction === 'out' ? 'target' : 'source';
  return Object.values(map.edges)
    .filter(
      (edge) =>
        (direction === 'out' ? edge.source : edge.target) === nodeId &&
        edge.source in map.nodes &&
        edge.target in map.nodes,
    )
    .sort((a, b) => {
      const pa = position(map, a[end]);
      const pb = position(map, b[end]);
      return pa.y - pb.y || pa.x - pb.x || (a.id < b.id ? -1 : 1);
    });
}

function step(order: readonly string[], id: string, by: number): string | null {
  const index = order.indexOf(id);
  if (index === -1) return order[0] ?? null;
  return order[index + by] ?? null;
}

/** Where an arrow key (or Home/End) takes the focus from `id`; null when there is nothing that way. */
export function neighbour(map: NavigationMap, id: string | null, key: NavigationKey): string | null {
  const order = () => readingOrder(map);
  if (key === 'Home') return order()[0] ?? null;
  if (key === 'End') return order().at(-1) ?? null;
  if (id === null) return order()[0] ?? null;
  const edge = map.edges[id];
  if (edge) {
    if (key === 'ArrowRight') return edge.target in map.nodes ? edge.target : null;
    if (key === 'ArrowLeft') return edge.source in map.nodes ? edge.source : null;
    const siblings = connectionsOf(map, edge.source, 'out').map((entry) => entry.id as string);
    return step(siblings, id, key === 'ArrowDown' ? 1 : -1);
  }
  if (id.startsWith(LANE_FLOW_PREFIX) && key === 'ArrowRight') {
    const laneId = id.slice(LANE_FLOW_PREFIX.length);
    return order().find((entry) => map.nodes[entry]?.laneId === laneId) ?? null;
  }
  if (map.nodes[id] && (key === 'ArrowRight' || key === 'ArrowLeft')) {
    return connectionsOf(map, id, key === 'ArrowRight' ? 'out' : 'in')[0]?.id ?? null;
  }
  if (key === 'ArrowDown') return step(order(), id, 1);
  if (key === 'ArrowUp') return step(order(), id, -1);
  return null;
}

/**
 * Where focus goes when `id` is deleted (with `gone`, everything deleted along with it): a connection's source,
 * a step's predecessor or else successor along the flow, else the element before it in reading order.
 */
export function focusAfterDelete(map: NavigationMap, id: string, gone: ReadonlySet<string>): string | null {
  const alive = (candidate: string | null | undefined): candidate is string =>
    !!candidate && !gone.has(candidate) && candidate !== id;
  const edge = map.edges[id];
  const candidates: (string | undefined)[] = [];
  if (edge) candidates.push(edge.source, edge.target);
  if (map.nodes[id]) {
    candidates.push(...connectionsOf(map, id, 'in').map((entry) => entry.source));
    candidates.push(...connectionsOf(map, id, 'out').map((entry) => entry.target));
  }
  const found = candidates.find(alive);
  if (found) return found;
  const order = readingOrder(map);
  const index = order.indexOf(id);
  const before = order.slice(0, Math.max(index, 0)).reverse();
  const after = index === -1 ? order : order.slice(index + 1);
  return [...before, ...after].find(alive) ?? null;
}
