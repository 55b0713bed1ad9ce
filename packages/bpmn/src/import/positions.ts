// Places lanes and nodes from BPMN DI: lanes become stacked bands, nodes keep their place inside their lane.
import { asLaneId, DEFAULT_LANE_SIZE, NODE_SIZES } from '@prozesswerk/process-model';
import type { Lane, ProcessNode } from '@prozesswerk/process-model';
import { BPMN_LANE_LEFT, POOL_HEADER_WIDTH } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import type { BaseElement, Definitions, DiElement } from '../moddle-types.ts';

export interface LaneDraft {
  element: BaseElement;
  isPool: boolean;
  lane: Lane;
}

export interface NodeDraft {
  element: BaseElement;
  node: ProcessNode;
}

// Shapes of every diagram (collapsed sub-processes have their own), by the element they draw; the first wins.
export function diShapes(definitions: Definitions): Map<BaseElement, DiElement> {
  const shapes = new Map<BaseElement, DiElement>();
  for (const diagram of definitions.diagrams ?? []) {
    for (const shape of diagram.plane?.planeElement ?? []) {
      if (shape.bpmnElement !== undefined && shape.bounds !== undefined && !shapes.has(shape.bpmnElement)) {
        shapes.set(shape.bpmnElement, shape);
      }
    }
  }
  return shapes;
}

/*
 * BPMN pools may sit anywhere, with gaps between them; our lanes are bands stacked from y = 0.
 * So lanes are ordered by the y of their shape and get its height as size, and a node in a lane
 * keeps its offset from the lane's top edge (a pool's band starts right of its 30 px header).
 * x is shifted so the leftmost lane's edge lands at BPMN_LANE_LEFT (see geometry.ts). A node without a lane
 * shape moves with the whole picture. A node without lane but inside a lane's shape (a data object,
 * a text annotation) joins that lane, and small boxes grow readable (see readableBox), unless the file is our own
 * (`fromElsewhere` off), which says exactly what the map had. w/h are set only where the shape differs from our default
 * size. Returns undefined when a node has no shape, so the caller lays everything out instead.
 */
export function placeFromDi(
  lanes: readonly LaneDraft[],
  nodes: readonly NodeDraft[],
  shapes: ReadonlyMap<BaseElement, DiElement>,
  options: { fromElsewhere: boolean },
): { lanes: Lane[]; nodes: ProcessNode[] } | undefined {
  const boxes = new Map<string, Box>();
  for (const { element, isPool, lane } of lanes) {
    const bounds = shapes.get(element)?.bounds;
    if (bounds === undefined) continue;
    const header = isPool ? Math.min(POOL_HEADER_WIDTH, bounds.width / 2) : 0;
    boxes.set(lane.id, {
      x: bounds.x + header,
      y: bounds.y,
      width: bounds.width - header,
      height: bounds.height,
    });
  }
  const ordered = [...lanes].sort(
    (a, b) => (boxes.get(a.lane.id)?.y ?? Infinity) - (boxes.get(b.lane.id)?.y ?? Infinity),
  );
  const tops = new Map<string, number>();
  let top = 0;
  const placedLanes = ordered.map(({ lane }, order) => {
    const size = boxes.get(lane.id)?.height ?? DEFAULT_LANE_SIZE;
    tops.set(lane.id, top);
    top += size;
    return { ...lane, order, size: size > 0 ? size : DEFAULT_LANE_SIZE };
  });
  const laneBoxes = [...boxes.values()];
  const dx = laneBoxes.length === 0 ? 0 : BPMN_LANE_LEFT - Math.min(...laneBoxes.map((box) => box.x));
  const dy = laneBoxes.length === 0 ? 0 : -Math.min(...laneBoxes.map((box) => box.y));
  const placedNodes: ProcessNode[] = [];
  for (const { element, node } of nodes) {
    const bounds = shapes.get(element)?.bounds;
    if (bounds === undefined) return undefined;
    const laneId = node.laneId ?? (options.fromElsewhere ? laneAround(bounds, boxes) : undefined);
    const laneBox = laneId === undefined ? undefined : boxes.get(laneId);
    const y = laneBox === undefined ? bounds.y + dy : bounds.y - laneBox.y + (tops.get(laneId ?? '') ?? 0);
    const drawn = { ...bounds, x: bounds.x + dx, y };
    // Our own files say exactly what the map had, small boxes included.
    const box = options.fromElsewhere ? readableBox(node.kind, drawn) : drawn;
    const placed: ProcessNode = { ...node, x: box.x, y: box.y };
    if (laneId !== undefined) placed.laneId = laneId;
    const size = NODE_SIZES[node.kind];
    const sized = box.width > 0 && box.height > 0;
    if (sized && (Math.abs(box.width - size.width) > 0.5 || Math.abs(box.height - size.height) > 0.5)) {
      placed.w = box.width;
      placed.h = box.height;
    }
    placedNodes.push(placed);
  }
  return { lanes: placedLanes, nodes: placedNodes };
}

/*
 * Boxes with a label inside need room for it. A BPMN event that became an activity (36 × 36) or a
 * data object that became a document (36 × 50) would show its name one letter a line, so such a
 * shape grows to READABLE_MIN around its own centre; bigger shapes keep their size.
 */
export const READABLE_MIN: Partial<Record<ProcessNode['kind'], { width: number; height: number }>> = {
  activity: { width: 100, height: 60 },
  document: { width: 100, height: 60 },
};

function readableBox(kind: ProcessNode['kind'], box: Box): Box {
  const min = READABLE_MIN[kind];
  if (min === undefined || box.width <= 0 || box.height <= 0) return box;
  const width = Math.max(box.width, min.width);
  const height = Math.max(box.height, min.height);
  return { x: box.x - (width - box.width) / 2, y: box.y - (height - box.height) / 2, width, height };
}

function laneAround(bounds: Box, boxes: ReadonlyMap<string, Box>): Lane['id'] | undefined {
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  for (const [id, box] of boxes) {
    if (cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy < box.y + box.height) return asLaneId(id);
  }
  return undefined;
}
