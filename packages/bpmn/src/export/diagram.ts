// Builds BPMN DI for an exported map: pool, lane and node shapes with bounds, edges with their routes as waypoints.
import type { BpmnModdle } from 'bpmn-moddle';
import {
  isExpandedSubProcess,
  isSubProcess,
  LANE_LEFT,
  laneBoxes,
  POOL_HEADER_SIZE,
  routeFits,
} from '@prozesswerk/process-model';
import type { LaneBox, ProcessMap } from '@prozesswerk/process-model';
import { BPMN_LANE_LEFT, centre, nodeBox } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import { diId, RESERVED_IDS } from '../ids.ts';
import type { ModdleElement } from '../moddle-types.ts';
import { MAIN } from './homes.ts';
import type { SemanticModel } from './semantic.ts';

type Point = { x: number; y: number };

/*
 * Coordinates are the board's (see laneBoxes): a horizontal lane's left edge at BPMN_LANE_LEFT (its
 * BPMN name band then ends where the board's lane header ends), its pool's 30 px header left of it;
 * lanes of vertical pools as the board's columns, their pool's header above. A participant without
 * lanes (nodes outside every pool) frames its nodes. Importing this diagram again gives back the
 * same positions.
 */
export function buildDiagram(moddle: BpmnModdle, map: ProcessMap, model: SemanticModel): ModdleElement {
  const elements: ModdleElement[] = [];
  const shape = (element: ModdleElement, box: Box, extra: Record<string, unknown> = {}) =>
    elements.push(
      moddle.create('bpmndi:BPMNShape', {
        id: diId(element.id ?? ''),
        bpmnElement: element,
        bounds: bounds(moddle, box),
        ...extra,
      }),
    );
  const lanes = laneBoxes(map).map(bpmnLaneBox);
  const poolBoxes = new Map<string, Box>();
  let below = Math.max(
    0,
    ...lanes.map((box) => box.y + box.height),
    ...map.nodes.map((n) => nodeBox(n).y + nodeBox(n).height),
  );
  for (const [home, participant] of model.participants) {
    const own = lanes.filter(
      (box) =>
        (box.lane.poolId ?? MAIN) === home ||
        (home === MAIN && !model.participants.has(box.lane.poolId ?? MAIN)),
    );
    const vertical = own[0]?.orientation === 'vertical';
    let box: Box;
    if (own.length > 0) box = around(own, vertical);
    else if (home === MAIN)
      box = frame(map.nodes.filter((node) => (model.homes.get(node.id) ?? MAIN) === MAIN).map(nodeBox));
    else {
      box = { x: BPMN_LANE_LEFT - POOL_HEADER_SIZE, y: below + 40, width: 600, height: 120 };
      below += 160;
    }
    poolBoxes.set(home, box);
    shape(participant, box, { isHorizontal: !vertical });
  }
  for (const box of lanes) {
    const element = model.lanes.get(box.lane.id);
    if (element !== undefined) shape(element, box, { isHorizontal: box.orientation !== 'vertical' });
  }
  const boxes = new Map<string, Box>(map.nodes.map((node) => [node.id, nodeBox(node)] as const));
  for (const node of map.nodes) {
    const element = model.nodes.get(node.id);
    if (element === undefined) continue;
    const extra: Record<string, unknown> = {};
    if (node.kind === 'decision') extra.isMarkerVisible = true;
    if (isSubProcess(node) || node.activityType === 'callActivity')
      extra.isExpanded = isExpandedSubProcess(node);
    shape(element, boxes.get(node.id) ?? nodeBox(node), extra);
  }
  for (const [home, box] of poolBoxes) if (home !== MAIN) boxes.set(home, box);
  for (const edge of map.edges) {
    const element = model.edges.get(edge.id);
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (element === undefined || from === undefined || to === undefined) continue;
    // The route the board draws: the stored one while it fits its nodes (marked, see extension.ts), else a plain one.
    const stored = routeFits(edge.waypoints, from, to) ? edge.waypoints : undefined;
    if (stored) element.set('routed', true);
    const points = stored ?? route(from, to);
    const waypoint = points.map(({ x, y }) => moddle.create('dc:Point', { x, y }));
    elements.push(
      moddle.create('bpmndi:BPMNEdge', { id: diId(element.id ?? ''), bpmnElement: element, waypoint }),
    );
  }
  const plane = moddle.create('bpmndi:BPMNPlane', {
    id: RESERVED_IDS.plane,
    bpmnElement: model.planeElement,
    planeElement: elements,
  });
  return moddle.create('bpmndi:BPMNDiagram', { id: RESERVED_IDS.diagram, plane });
}

// A horizontal lane's BPMN shape starts at BPMN_LANE_LEFT, not where the board's header starts.
function bpmnLaneBox(box: LaneBox): LaneBox {
  if (box.orientation === 'vertical') return box;
  const cut = BPMN_LANE_LEFT - LANE_LEFT;
  return { ...box, x: box.x + cut, width: box.width - cut };
}

function around(boxes: readonly Box[], vertical: boolean): Box {
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return vertical
    ? { x, y: y - POOL_HEADER_SIZE, width: right - x, height: bottom - y + POOL_HEADER_SIZE }
    : { x: x - POOL_HEADER_SIZE, y, width: right - x + POOL_HEADER_SIZE, height: bottom - y };
}

function bounds(moddle: BpmnModdle, box: Box): ModdleElement {
  return moddle.create('dc:Bounds', { x: box.x, y: box.y, width: box.width, height: box.height });
}

function frame(boxes: readonly Box[]): Box {
  const left = Math.min(0, ...boxes.map((box) => box.x)) - 40 - POOL_HEADER_SIZE;
  const top = Math.min(0, ...boxes.map((box) => box.y)) - 40;
  const right = Math.max(0, ...boxes.map((box) => box.x + box.width)) + 40;
  const bottom = Math.max(0, ...boxes.map((box) => box.y + box.height)) + 40;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/*
 * Forward (target to the right): leave right-middle, bend at half the gap, enter left-middle.
 * Otherwise (backwards or stacked): leave bottom or top middle and go straight to the target's
 * centre side. Good enough for other tools to draw; the board routes its own edges.
 */
export function route(from: Box, to: Box): Point[] {
  const a = centre(from);
  const b = centre(to);
  if (to.x >= from.x + from.width) {
    const start = { x: from.x + from.width, y: a.y };
    const end = { x: to.x, y: b.y };
    if (Math.abs(start.y - end.y) < 1) return [start, end];
    const midX = (start.x + end.x) / 2;
    return [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
  }
  const down = b.y >= a.y;
  const start = { x: a.x, y: down ? from.y + from.height : from.y };
  const end = { x: b.x, y: down ? to.y : to.y + to.height };
  if (Math.abs(start.x - end.x) < 1) return [start, end];
  return [start, { x: start.x, y: (start.y + end.y) / 2 }, { x: end.x, y: (start.y + end.y) / 2 }, end];
}
