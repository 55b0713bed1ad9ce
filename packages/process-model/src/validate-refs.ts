// The references inside a plain process map that a schema of single fields cannot check: ids, lanes, pools, parents.

export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

interface RefMap {
  nodes: readonly { id: string; laneId?: string; attachedTo?: string; parentId?: string }[];
  edges: readonly { id: string; kind: string; source: string; target: string }[];
  lanes: readonly { id: string; poolId?: string }[];
  pools?: readonly { id: string }[] | undefined;
}

/*
 * Ids are unique within nodes, edges, lanes and pools; a node's lane, a lane's pool, a boundary
 * event's activity and a node's sub-process exist; edges join existing nodes (a message edge may
 * end at a pool); no node is its own boundary host, and the sub-process nesting has no cycle.
 */
export function mapReferenceIssues(map: RefMap): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const report = (path: (string | number)[], message: string) => issues.push({ path, message });
  const laneIds = uniqueIds(map.lanes, 'lanes', report);
  const nodeIds = uniqueIds(map.nodes, 'nodes', report);
  const poolIds = uniqueIds(map.pools ?? [], 'pools', report);
  uniqueIds(map.edges, 'edges', report);
  map.lanes.forEach((lane, i) => {
    if (lane.poolId !== undefined && !poolIds.has(lane.poolId))
      report(['lanes', i, 'poolId'], `pool ${lane.poolId} does not exist`);
  });
  const parentOf = new Map<string, string>();
  map.nodes.forEach((node, i) => {
    if (node.laneId !== undefined && !laneIds.has(node.laneId)) {
      report(['nodes', i, 'laneId'], `lane ${node.laneId} does not exist`);
    }
    for (const field of ['attachedTo', 'parentId'] as const) {
      const target = node[field];
      if (target === undefined) continue;
      if (!nodeIds.has(target)) report(['nodes', i, field], `node ${target} does not exist`);
      else if (target === node.id) report(['nodes', i, field], `node ${target} refers to itself`);
    }
    if (node.parentId !== undefined) parentOf.set(node.id, node.parentId);
  });
  for (const id of nestingCycles(parentOf)) {
    const i = map.nodes.findIndex((node) => node.id === id);
    report(['nodes', i, 'parentId'], `node ${id} is inside itself`);
  }
  map.edges.forEach((edge, i) => {
    const ends =
      edge.kind === 'message'
        ? (id: string) => nodeIds.has(id) || poolIds.has(id)
        : nodeIds.has.bind(nodeIds);
    if (!ends(edge.source)) report(['edges', i, 'source'], `node ${edge.source} does not exist`);
    if (!ends(edge.target)) report(['edges', i, 'target'], `node ${edge.target} does not exist`);
  });
  return issues;
}

function uniqueIds(
  items: readonly { id: string }[],
  field: string,
  report: (path: (string | number)[], message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report([field, i, 'id'], `duplicate id ${item.id}`);
    seen.add(item.id);
  });
  return seen;
}

/** The nodes whose chain of parents leads back to themselves. */
export function nestingCycles(parentOf: ReadonlyMap<string, string>): string[] {
  const inCycle: string[] = [];
  for (const start of parentOf.keys()) {
    const seen = new Set<string>();
    for (let id: string | undefined = start; id !== undefined; id = parentOf.get(id)) {
      if (seen.has(id)) {
        if (id === start) inCycle.push(start);
        break;
      }
      seen.add(id);
    }
  }
  return inCycle;
}
