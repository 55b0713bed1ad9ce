// Automatic left-to-right layout (elkjs, layered) that keeps every node in its lane: the "tidy up" of the board.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Lane, Point, ProcessEdge, ProcessMap, ProcessNode } from '@prozesswerk/process-model';
import { sortLanes } from '@prozesswerk/process-model';
import { nodeBox } from './geometry.ts';
import { boundaryHosts, elkEdges, placeBoundaryEvents } from './layout-boundary.ts';
import { layoutRoutes } from './layout-routes.ts';

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '40',
  // Steps not yet connected are laid out side by side; events and decisions carry their label below and
  // wider than themselves, so neighbours need room for it.
  'elk.spacing.componentComponent': '80',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Depth-first cycle breaking from the start nodes keeps loops ("Unterlagen nachfordern") pointing back, not forward.
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
};
// Space above, below and between the groups of nodes inside a lane.
const LANE_PADDING = 40;
const MIN_LANE_SIZE = 120;
const LEFT = 40;
/** One ELK for every layout: setting one up registers all its algorithms, which costs more than a small layout. */
let elk: InstanceType<typeof ELK> | undefined;

/*
 * Positions and routes only: ids, labels, attributes, edges' ends and lane order stay as they are;
 * each edge gets the orthogonal route ELK drew for it (see layout-routes.ts), or none. ELK lays the
 * whole graph out once, which decides each node's column (x) and its vertical order; then every
 * lane takes its own nodes, closes the vertical gaps ELK left for other lanes' nodes, and gets
 * the height they need. Lanes are re-stacked from y = 0 in their order; nodes without a lane go
 * in a band below the lanes. A boundary event is no node of its own to ELK: it ends on its host's
 * border and in its host's lane (its lane is the one thing besides positions that may change).
 */
export async function autoLayout(
  map: ProcessMap,
  options: { fitGroups?: boolean } = {},
): Promise<ProcessMap> {
  // With fitGroups (a map whose positions mean something: the board's tidy-up), a group only frames steps: it is
  // not laid out itself but drawn around the steps it framed. Without (a file without diagram), it is a node.
  const isFrame = (node: ProcessNode) => options.fitGroups === true && node.kind === 'group';
  // A boundary event goes with its host: into the host's lane, and onto its border (see layout-boundary.ts).
  const unframed = map.nodes.filter((node) => !isFrame(node));
  const hosts = boundaryHosts(unframed);
  const steps = unframed.map((node) => inHostLane(node, hosts.get(node.id)));
  const nodeIds = new Set<string>(steps.map((node) => node.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: steps
      .filter((node) => !hosts.has(node.id))
      .map((node) => {
        const { width, height } = nodeBox(node);
        return { id: node.id, width, height };
      }),
    edges: elkEdges(map.edges, nodeIds, hosts),
  };
  const result = await (elk ??= new ELK()).layout(graph);
  const laidOut = new Map((result.children ?? []).map((child) => [child.id, child] as const));
  const events = steps.filter((node) => hosts.has(node.id));
  for (const event of placeBoundaryEvents(hosts, events, laidOut, options.fitGroups === true))
    laidOut.set(event.id, event);
  const minX = Math.min(0, ...[...laidOut.values()].map((child) => child.x ?? 0));

  const lanes = sortLanes(map.lanes);
  const laneIds = new Set<string>(lanes.map((lane) => lane.id));
  const groups = [...lanes.map((lane) => lane.id as string), ''];
  const positions = new Map<string, { x: number; y: number }>();
  const sizes = new Map<string, number>();
  let top = 0;
  for (const group of groups) {
    const members = steps.filter(
      (node) => (node.laneId !== undefined && laneIds.has(node.laneId) ? node.laneId : '') === group,
    );
    const { offsets, height } = compactRows(members, laidOut);
    for (const [id, offset] of offsets) {
      positions.set(id, {
        x: Math.round((laidOut.get(id)?.x ?? 0) - minX + LEFT),
        y: Math.round(top + offset),
      });
    }
    const size = group === '' ? height : Math.max(MIN_LANE_SIZE, Math.ceil(height));
    sizes.set(group, size);
    top += size;
  }
  const placed = steps.map((node): ProcessNode => ({ ...node, ...positions.get(node.id) }));
  const frames = fitFrames(map.nodes.filter(isFrame), steps, placed);
  const placedById = new Map(placed.map((node) => [node.id as string, node] as const));
  const nodes = map.nodes.map((node): ProcessNode => frames.get(node.id) ?? placedById.get(node.id) ?? node);
  // ELK routed a boundary event's edges from its host: those routes are dropped, and the board draws its own.
  const routed = map.edges.filter((edge) => !hosts.has(edge.source) && !hosts.has(edge.target));
  const routes = layoutRoutes(routed, result.edges ?? [], laidOut, placed);
  return {
    ...map,
    nodes,
    edges: map.edges.map((edge): ProcessEdge => withRoute(edge, routes.get(edge.id))),
    lanes: map.lanes.map((lane): Lane => ({ ...lane, size: sizes.get(lane.id) ?? lane.size })),
  };
}

/** Room between a group's frame and its steps; the top also holds the group's name. */
const FRAME_PADDING = 24;
const FRAME_LABEL = 20;

/*
 * Each group encloses after the layout the steps it enclosed before (their centres inside its frame); a group that
 * enclosed none stays where and as large as it was.
 */
function fitFrames(
  frames: readonly ProcessNode[],
  before: readonly ProcessNode[],
  after: readonly ProcessNode[],
): Map<string, ProcessNode> {
  const moved = new Map(after.map((node) => [node.id as string, node] as const));
  const fitted = new Map<string, ProcessNode>();
  for (const frame of frames) {
    const box = nodeBox(frame);
    const inside = before
      .filter((node) => {
        const { x, y, width, height } = nodeBox(node);
        const [cx, cy] = [x + width / 2, y + height / 2];
        return cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height;
      })
      .map((node) => nodeBox(moved.get(node.id) ?? node));
    if (inside.length === 0) continue;
    const left = Math.min(...inside.map((b) => b.x)) - FRAME_PADDING;
    const top = Math.min(...inside.map((b) => b.y)) - FRAME_PADDING - FRAME_LABEL;
    const right = Math.max(...inside.map((b) => b.x + b.width)) + FRAME_PADDING;
    const bottom = Math.max(...inside.map((b) => b.y + b.height)) + FRAME_PADDING;
    fitted.set(frame.id, {
      ...frame,
      x: Math.round(left),
      y: Math.round(top),
      w: Math.round(right - left),
      h: Math.round(bottom - top),
    });
  }
  return fitted;
}

// A boundary event lies in its host's lane, or in none where its host lies in none.
function inHostLane(node: ProcessNode, host: ProcessNode | undefined): ProcessNode {
  if (!host || host.laneId === node.laneId) return node;
  const { laneId: _own, ...rest } = node;
  return host.laneId === undefined ? rest : { ...rest, laneId: host.laneId };
}

// An edge keeps no route from before the layout: the nodes it was drawn between have moved.
function withRoute(edge: ProcessEdge, waypoints: Point[] | undefined): ProcessEdge {
  const { waypoints: _old, ...rest } = edge;
  return waypoints === undefined ? rest : { ...rest, waypoints };
}

/*
 * Vertical offsets inside one band: nodes in ELK's top-to-bottom order, and wherever no node of
 * this band spans a stretch of ELK's y axis, that stretch shrinks to LANE_PADDING. Nodes after a
 * gap all move up by the same amount, so nothing that did not overlap in ELK overlaps here.
 */
function compactRows(
  members: readonly ProcessNode[],
  laidOut: ReadonlyMap<string, ElkNode>,
): { offsets: Map<string, number>; height: number } {
  const rows = members
    .map((node) => ({ id: node.id, y: laidOut.get(node.id)?.y ?? 0, height: nodeBox(node).height }))
    .sort((a, b) => a.y - b.y);
  const offsets = new Map<string, number>();
  let removed = 0;
  let bottom = -Infinity;
  for (const row of rows) {
    if (bottom === -Infinity) removed = row.y - LANE_PADDING;
    else if (row.y > bottom + LANE_PADDING) removed += row.y - (bottom + LANE_PADDING);
    offsets.set(row.id, row.y - removed);
    bottom = Math.max(bottom, row.y + row.height);
  }
  return { offsets, height: rows.length === 0 ? 0 : bottom - removed + LANE_PADDING };
}
