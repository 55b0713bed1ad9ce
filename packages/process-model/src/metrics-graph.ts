// Graph walks over a map's sequence flows for the metrics: reachability, next activities, longest path.
import { compareIds, type NodeId } from './ids.ts';
import { isBoundaryEvent, isGatewayKind } from './kinds.ts';
import type { ProcessMap, ProcessNode } from './schema.ts';

export interface SequenceGraph {
  nodes: ReadonlyMap<NodeId, ProcessNode>;
  /** Targets of each node's outgoing sequence flows, sorted by id so every walk is deterministic. */
  next: ReadonlyMap<NodeId, readonly NodeId[]>;
}

/*
 * Only sequence flows between existing nodes count; message flows and associations are not control
 * flow. A boundary event counts as a flow from its activity to the event: the path that leaves the
 * activity when the event occurs (a deadline passes, a message arrives).
 */
export function sequenceGraph(map: ProcessMap): SequenceGraph {
  const nodes = new Map(map.nodes.map((node) => [node.id, node] as const));
  const next = new Map<NodeId, NodeId[]>();
  for (const node of map.nodes) next.set(node.id, []);
  for (const edge of map.edges) {
    if (edge.kind !== 'sequence' || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    next.get(edge.source)?.push(edge.target);
  }
  for (const node of map.nodes) {
    if (isBoundaryEvent(node) && node.attachedTo !== undefined) next.get(node.attachedTo)?.push(node.id);
  }
  for (const targets of next.values()) targets.sort(compareIds);
  return { nodes, next };
}

// The process's own start events: not those inside a sub-process, which start only that sub-process.
export function startIds(graph: SequenceGraph, scope?: NodeId): NodeId[] {
  return [...graph.nodes.values()]
    .filter((node) => node.kind === 'start' && node.parentId === scope)
    .map((node) => node.id)
    .sort(compareIds);
}

export function reachableFrom(graph: SequenceGraph, from: readonly NodeId[]): Set<NodeId> {
  const seen = new Set<NodeId>(from);
  const stack = [...from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const target of graph.next.get(id) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        stack.push(target);
      }
    }
  }
  return seen;
}

// Gateways and intermediate events (waiting for a deadline or a message) pass the work on unchanged.
function passesOn(node: ProcessNode): boolean {
  return isGatewayKind(node.kind) || (node.kind === 'intermediate' && !isBoundaryEvent(node));
}

/*
 * The activities that follow an activity directly: along sequence flows, passing through any
 * number of gateways and intermediate events, stopping at the first activity on each branch. Any
 * other node (start, end, document, note, boundary event, unknown) ends a branch without an activity.
 */
export function nextActivities(graph: SequenceGraph, from: NodeId): NodeId[] {
  const found = new Set<NodeId>();
  const seenGateways = new Set<NodeId>();
  const stack = [...(graph.next.get(from) ?? [])];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    const node = graph.nodes.get(id);
    if (node?.kind === 'activity') found.add(id);
    else if (node !== undefined && passesOn(node) && !seenGateways.has(id)) {
      seenGateways.add(id);
      stack.push(...(graph.next.get(id) ?? []));
    }
  }
  return [...found].sort(compareIds);
}

export interface LongestPath {
  minutes: number;
  path: NodeId[];
}

/*
 * The heaviest path from a start node to an end node, where each node weighs `weight(node)`;
 * with `scope`, the start and end events inside that sub-process, else the process's own.
 * Cycles: a depth-first search from the start nodes (in id order) marks back edges, which are
 * then ignored, so a loop (e.g. "Nachforderung → erneut prüfen") counts once, never forever.
 * What remains is acyclic and the heaviest path follows from a topological order. Returns
 * undefined when no end node is reachable from a start node.
 */
export function longestPath(
  graph: SequenceGraph,
  weight: (node: ProcessNode) => number,
  scope?: NodeId,
): LongestPath | undefined {
  const starts = startIds(graph, scope);
  const { order, forwardTargets } = forwardOrder(graph, starts);
  const best = new Map<NodeId, { minutes: number; previous?: NodeId }>();
  for (const id of starts) best.set(id, { minutes: nodeWeight(graph, id, weight) });
  for (const id of order) {
    const here = best.get(id);
    if (here === undefined) continue;
    for (const target of forwardTargets(id)) {
      const minutes = here.minutes + nodeWeight(graph, target, weight);
      const current = best.get(target);
      if (current === undefined || minutes > current.minutes) best.set(target, { minutes, previous: id });
    }
  }
  let end: NodeId | undefined;
  for (const [id, { minutes }] of best) {
    const node = graph.nodes.get(id);
    if (node?.kind !== 'end' || node.parentId !== scope) continue;
    const bestEnd = end === undefined ? undefined : best.get(end);
    if (bestEnd === undefined || minutes > bestEnd.minutes) end = id;
  }
  if (end === undefined) return undefined;
  const path: NodeId[] = [];
  for (let id: NodeId | undefined = end; id !== undefined; id = best.get(id)?.previous) path.unshift(id);
  return { minutes: best.get(end)?.minutes ?? 0, path };
}

function nodeWeight(graph: SequenceGraph, id: NodeId, weight: (node: ProcessNode) => number): number {
  const node = graph.nodes.get(id);
  return node === undefined ? 0 : weight(node);
}

interface ForwardOrder {
  order: NodeId[];
  forwardTargets(id: NodeId): NodeId[];
}

// Reverse post-order of an iterative DFS from the start nodes; edges to a node still on the stack are back edges.
function forwardOrder(graph: SequenceGraph, starts: readonly NodeId[]): ForwardOrder {
  const state = new Map<NodeId, 'open' | 'done'>();
  const backEdges = new Set<string>();
  const postOrder: NodeId[] = [];
  for (const start of starts) {
    if (state.has(start)) continue;
    state.set(start, 'open');
    const stack: { id: NodeId; index: number }[] = [{ id: start, index: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { id: NodeId; index: number };
      const targets = graph.next.get(frame.id) ?? [];
      const target = targets[frame.index++];
      if (target === undefined) {
        state.set(frame.id, 'done');
        postOrder.push(frame.id);
        stack.pop();
      } else if (state.get(target) === 'open') {
        backEdges.add(edgeKey(frame.id, target));
      } else if (!state.has(target)) {
        state.set(target, 'open');
        stack.push({ id: target, index: 0 });
      }
    }
  }
  return {
    order: postOrder.reverse(),
    forwardTargets: (id) =>
      (graph.next.get(id) ?? []).filter((target) => !backEdges.has(edgeKey(id, target))),
  };
}

function edgeKey(source: NodeId, target: NodeId): string {
  return JSON.stringify([source, target]);
}
