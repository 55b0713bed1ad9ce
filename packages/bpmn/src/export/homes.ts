// Which BPMN process each node goes into: its lane's pool, else the process of everything without a pool.
import type { PoolId, ProcessMap, ProcessNode } from '@prozesswerk/process-model';

/** The process of lanes and nodes that belong to no pool. */
export const MAIN = '';
export type Home = PoolId | typeof MAIN;

/*
 * A node's home is the pool of its lane; content of a sub-process and boundary events live with
 * their container (BPMN keeps them in the same process), whatever lane they name.
 */
export function nodeHomes(map: ProcessMap): Map<ProcessNode['id'], Home> {
  const poolOfLane = new Map(map.lanes.map((lane) => [lane.id, lane.poolId ?? MAIN] as const));
  const byId = new Map(map.nodes.map((node) => [node.id, node] as const));
  const homes = new Map<ProcessNode['id'], Home>();
  const homeOf = (node: ProcessNode, depth: number): Home => {
    const known = homes.get(node.id);
    if (known !== undefined) return known;
    const containerId = node.parentId ?? node.attachedTo;
    const container = containerId === undefined ? undefined : byId.get(containerId);
    const home =
      container !== undefined && depth < 64
        ? homeOf(container, depth + 1)
        : node.laneId === undefined
          ? MAIN
          : (poolOfLane.get(node.laneId) ?? MAIN);
    homes.set(node.id, home);
    return home;
  };
  for (const node of map.nodes) homeOf(node, 0);
  return homes;
}
