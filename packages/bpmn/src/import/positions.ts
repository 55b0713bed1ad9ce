// Positions from BPMN DI: pools and lanes become the board's bands and columns, nodes keep their place in their lane.
import {
  DEFAULT_LANE_SIZE,
  LANE_LEFT,
  NODE_SIZES,
  POOL_HEADER_SIZE,
  verticalTop,
} from '@prozesswerk/process-model';
import type { Lane, LaneId, PoolOrientation, ProcessNode } from '@prozesswerk/process-model';
import { BPMN_LANE_LEFT } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import type { BaseElement, Definitions, DiElement, Diagram } from '../moddle-types.ts';
import { containsCentre, memberLanes } from './lane-members.ts';

export interface LaneDraft {
  element: BaseElement;
  isPool: boolean;
  orientation: PoolOrientation;
  lane: Lane;
}

export interface NodeDraft {
  element: BaseElement;
  node: ProcessNode;
  /** Lanes the node may be placed in when no lane lists it (those of its pool or process). */
  candidates: LaneId[];
  parent?: BaseElement;
  host?: BaseElement;
}

export interface Placed {
  lanes: Lane[];
  nodes: ProcessNode[];
  /** Nodes drawn across their lane's edge, moved inside it. */
  moved: number;
}

/** Shapes by the element they draw: the chosen diagram's first, then the others' (the first shape wins). */
export function diShapes(definitions: Definitions, first?: Diagram): Map<BaseElement, DiElement> {
  const shapes = new Map<BaseElement, DiElement>();
  const diagrams = definitions.diagrams ?? [];
  for (const diagram of first ? [first, ...diagrams.filter((d) => d !== first)] : diagrams) {
    for (const shape of diagram.plane?.planeElement ?? []) {
      if (shape.bpmnElement !== undefined && shape.bounds !== undefined && !shapes.has(shape.bpmnElement))
        shapes.set(shape.bpmnElement, shape);
    }
  }
  return shapes;
}

const PADDING = 40;

/*
 * BPMN pools may sit anywhere, with gaps between them; our horizontal lanes are bands stacked from
 * y = 0 (in the order their shapes are drawn top to bottom), lanes of vertical pools columns side by
 * side below them (see laneBoxes). A lane without a shape (a pool drawn without DI) spans the nodes
 * in it. A node keeps its offset from its lane's edge; a node drawn across the edge is moved inside
 * (its boundary events and its content with it). x is shifted so the leftmost band's edge lands at
 * BPMN_LANE_LEFT. Our own files (`fromElsewhere` off) say exactly what the map had and are placed
 * as they are. Returns undefined when a node has no shape, so the caller lays everything out.
 */
export function placeFromDi(
  lanes: readonly LaneDraft[],
  nodes: readonly NodeDraft[],
  shapes: ReadonlyMap<BaseElement, DiElement>,
  options: { fromElsewhere: boolean },
): Placed | undefined {
  if (nodes.some(({ element }) => shapes.get(element)?.bounds === undefined)) return undefined;
  const boundsOf = (element: BaseElement) => shapes.get(element)?.bounds as Box;
  const drawnLanes = new Map<string, Box>();
  for (const draft of lanes) {
    const bounds = shapes.get(draft.element)?.bounds;
    if (bounds !== undefined) drawnLanes.set(draft.lane.id, withoutPoolHeader(bounds, draft));
  }
  // Lanes without a shape first span the nodes they list, so the nodes no lane lists can find theirs.
  const listed = memberLanes(nodes, drawnLanes, boundsOf, false);
  const provisional = lanesFromMembers(lanes, nodes, listed, drawnLanes, boundsOf);
  const laneOf = memberLanes(nodes, provisional, boundsOf, options.fromElsewhere);
  const laneBox = lanesFromMembers(lanes, nodes, laneOf, drawnLanes, boundsOf);
  const layout = stackLanes(lanes, laneBox, options.fromElsewhere ? nodes : [], laneOf, boundsOf);
  type Shift = { dx: number; dy: number };
  const shift = new Map<BaseElement, Shift>();
  let moved = 0;
  const byElement = new Map(nodes.map((draft) => [draft.element, draft] as const));
  const shiftOf = (draft: NodeDraft): Shift => {
    const known = shift.get(draft.element);
    if (known !== undefined) return known;
    const container = draft.host ?? draft.parent;
    const containerDraft = container === undefined ? undefined : byElement.get(container);
    let result: Shift;
    if (containerDraft !== undefined && containerDraft !== draft) {
      shift.set(draft.element, { dx: 0, dy: 0 }); // guards against a cycle in broken files
      result = shiftOf(containerDraft);
    } else {
      const laneId = laneOf.get(draft.element);
      const into = layout.shiftInto(laneId, boundsOf(draft.element), draft.node.kind, options.fromElsewhere);
      if (into.moved) moved += 1;
      result = { dx: into.dx, dy: into.dy };
    }
    shift.set(draft.element, result);
    return result;
  };
  const placedNodes = nodes.map((draft) => {
    const bounds = boundsOf(draft.element);
    const { dx, dy } = shiftOf(draft);
    const drawn = { ...bounds, x: bounds.x + dx, y: bounds.y + dy };
    const box = options.fromElsewhere ? readableBox(draft.node.kind, drawn) : drawn;
    const placed: ProcessNode = { ...draft.node, x: box.x, y: box.y };
    const laneId = laneOf.get(draft.element);
    if (laneId !== undefined) placed.laneId = laneId;
    const size = NODE_SIZES[draft.node.kind];
    if (
      box.width > 0 &&
      box.height > 0 &&
      (Math.abs(box.width - size.width) > 0.5 || Math.abs(box.height - size.height) > 0.5)
    ) {
      placed.w = box.width;
      placed.h = box.height;
    }
    return placed;
  });
  return { lanes: layout.lanes, nodes: placedNodes, moved };
}

function withoutPoolHeader(bounds: Box, draft: LaneDraft): Box {
  if (!draft.isPool) return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
  if (draft.orientation === 'vertical') {
    const header = Math.min(POOL_HEADER_SIZE, bounds.height / 2);
    return { x: bounds.x, y: bounds.y + header, width: bounds.width, height: bounds.height - header };
  }
  const header = Math.min(POOL_HEADER_SIZE, bounds.width / 2);
  return { x: bounds.x + header, y: bounds.y, width: bounds.width - header, height: bounds.height };
}

// A lane without a shape spans its nodes, with some room around them.
function lanesFromMembers(
  lanes: readonly LaneDraft[],
  nodes: readonly NodeDraft[],
  laneOf: ReadonlyMap<BaseElement, LaneId>,
  drawn: ReadonlyMap<string, Box>,
  boundsOf: (element: BaseElement) => Box,
): Map<string, Box> {
  const boxes = new Map(drawn);
  for (const { lane } of lanes) {
    if (boxes.has(lane.id)) continue;
    const members = nodes
      .filter((draft) => laneOf.get(draft.element) === lane.id)
      .map((d) => boundsOf(d.element));
    if (members.length === 0) continue;
    const x = Math.min(...members.map((b) => b.x)) - PADDING;
    const y = Math.min(...members.map((b) => b.y)) - PADDING;
    const right = Math.max(...members.map((b) => b.x + b.width)) + PADDING;
    const bottom = Math.max(...members.map((b) => b.y + b.height)) + PADDING;
    boxes.set(lane.id, { x, y, width: right - x, height: bottom - y });
  }
  return boxes;
}

interface LaneLayout {
  lanes: Lane[];
  shiftInto(
    laneId: LaneId | undefined,
    bounds: Box,
    kind: ProcessNode['kind'],
    clamp: boolean,
  ): { dx: number; dy: number; moved: boolean };
}

function stackLanes(
  lanes: readonly LaneDraft[],
  boxes: ReadonlyMap<string, Box>,
  nodes: readonly NodeDraft[],
  laneOf: ReadonlyMap<BaseElement, LaneId>,
  boundsOf: (element: BaseElement) => Box,
): LaneLayout {
  const along = (draft: LaneDraft) =>
    boxes.get(draft.lane.id)?.[draft.orientation === 'vertical' ? 'x' : 'y'] ?? Infinity;
  const ordered = [...lanes].sort(
    (a, b) =>
      Number(a.orientation === 'vertical') - Number(b.orientation === 'vertical') || along(a) - along(b),
  );
  // A lane is at least as thick as the biggest top-level node in it (only `nodes` given count).
  const thickest = new Map<string, number>();
  for (const draft of nodes) {
    const laneId = laneOf.get(draft.element);
    if (laneId === undefined || draft.parent !== undefined || draft.host !== undefined) continue;
    const lane = lanes.find((l) => l.lane.id === laneId);
    const b = boundsOf(draft.element);
    const extent = lane?.orientation === 'vertical' ? b.width : b.height;
    thickest.set(laneId, Math.max(thickest.get(laneId) ?? 0, extent));
  }
  const placed: Lane[] = [];
  const origin = new Map<string, { x: number; y: number; box: Box; vertical: boolean; size: number }>();
  let top = 0;
  let left = LANE_LEFT;
  let columnsTop = 0;
  const horizontal = ordered.filter((draft) => draft.orientation !== 'vertical');
  const drawnH = horizontal.map((d) => boxes.get(d.lane.id)).filter((b): b is Box => b !== undefined);
  const leftmost = drawnH.length > 0 ? Math.min(...drawnH.map((b) => b.x)) : 0;
  ordered.forEach((draft, order) => {
    const box = boxes.get(draft.lane.id);
    const vertical = draft.orientation === 'vertical';
    const drawnSize = box === undefined ? DEFAULT_LANE_SIZE : vertical ? box.width : box.height;
    const size = Math.max(drawnSize > 0 ? drawnSize : DEFAULT_LANE_SIZE, thickest.get(draft.lane.id) ?? 0);
    if (vertical && columnsTop === 0) columnsTop = verticalTop(top);
    if (box !== undefined) {
      const at = vertical ? { x: left, y: columnsTop } : { x: BPMN_LANE_LEFT + (box.x - leftmost), y: top };
      origin.set(draft.lane.id, { ...at, box, vertical, size });
    }
    placed.push({ ...draft.lane, order, size });
    if (vertical) left += size;
    else top += size;
  });
  const anyBox = [...origin.values()][0];
  const global =
    anyBox === undefined ? { dx: 0, dy: 0 } : { dx: anyBox.x - anyBox.box.x, dy: anyBox.y - anyBox.box.y };
  return {
    lanes: placed,
    shiftInto(laneId, bounds, kind, clamp) {
      const lane = laneId === undefined ? undefined : origin.get(laneId);
      if (lane === undefined) {
        const around = [...origin.values()].find((o) => containsCentre(o.box, bounds));
        return around === undefined
          ? { ...global, moved: false }
          : { dx: around.x - around.box.x, dy: around.y - around.box.y, moved: false };
      }
      let dx = lane.x - lane.box.x;
      let dy = lane.y - lane.box.y;
      if (!clamp || kind === 'group') return { dx, dy, moved: false };
      const x = bounds.x + dx;
      const y = bounds.y + dy;
      const fit = (value: number, low: number, length: number, extent: number) =>
        Math.min(Math.max(value, low), Math.max(low, low + extent - length));
      const nx = lane.vertical ? fit(x, lane.x, bounds.width, lane.size) : Math.max(x, BPMN_LANE_LEFT);
      const ny = lane.vertical ? Math.max(y, lane.y) : fit(y, lane.y, bounds.height, lane.size);
      dx += nx - x;
      dy += ny - y;
      return { dx, dy, moved: Math.abs(nx - x) > 1 || Math.abs(ny - y) > 1 };
    },
  };
}

/*
 * Boxes with a label inside need room for it: a tiny task or a data object drawn 36 × 50 would show
 * its name one letter a line, so such a shape grows to READABLE_MIN around its own centre.
 */
export const READABLE_MIN: Partial<Record<ProcessNode['kind'], { width: number; height: number }>> = {
  activity: { width: 100, height: 60 },
  document: { width: 100, height: 60 },
  dataInput: { width: 100, height: 60 },
  dataOutput: { width: 100, height: 60 },
};

function readableBox(kind: ProcessNode['kind'], box: Box): Box {
  const min = READABLE_MIN[kind];
  if (min === undefined || box.width <= 0 || box.height <= 0) return box;
  const width = Math.max(box.width, min.width);
  const height = Math.max(box.height, min.height);
  return { x: box.x - (width - box.width) / 2, y: box.y - (height - box.height) / 2, width, height };
}
