// Builds BPMN DI for an exported map: pool, lane and node shapes with bounds, edges with orthogonal waypoints.
import type { BpmnModdle } from 'bpmn-moddle';
import { LANE_LEFT, lanesWidth } from '@prozesswerk/process-model';
import type { ProcessMap } from '@prozesswerk/process-model';
import { BPMN_LANE_LEFT, centre, laneTops, nodeBox, POOL_HEADER_WIDTH } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import { diId, RESERVED_IDS } from '../ids.ts';
import type { ModdleElement } from '../moddle-types.ts';
import type { SemanticModel } from './semantic.ts';

type Point = { x: number; y: number };

/*
 * Coordinates are the board's: lanes are bands from y = 0, their left edge at BPMN_LANE_LEFT and
 * their right edge where the board's lanes end; the pool adds its 30 px header on the left. A pool without lanes (message flows only) frames
 * all nodes. Importing this diagram again gives back the same positions.
 */
export function buildDiagram(moddle: BpmnModdle, map: ProcessMap, model: SemanticModel): ModdleElement {
  const shapes: ModdleElement[] = [];
  const shape = (element: ModdleElement, box: Box, extra: Record<string, unknown> = {}) =>
    shapes.push(
      moddle.create('bpmndi:BPMNShape', {
        id: diId(element.id ?? ''),
        bpmnElement: element,
        bounds: bounds(moddle, box),
        ...extra,
      }),
    );

  const width = lanesWidth(map.nodes) - (BPMN_LANE_LEFT - LANE_LEFT);
  const tops = laneTops(map.lanes);
  const height = map.lanes.reduce((sum, lane) => sum + lane.size, 0);
  if (model.participant !== undefined) {
    const pool =
      map.lanes.length > 0
        ? { x: BPMN_LANE_LEFT - POOL_HEADER_WIDTH, y: 0, width: width + POOL_HEADER_WIDTH, height }
        : frame(map);
    shape(model.participant, pool, { isHorizontal: true });
  }
  for (const lane of map.lanes) {
    const element = model.lanes.get(lane.id);
    if (element !== undefined)
      shape(
        element,
        { x: BPMN_LANE_LEFT, y: tops.get(lane.id) ?? 0, width, height: lane.size },
        { isHorizontal: true },
      );
  }
  const boxes = new Map(map.nodes.map((node) => [node.id, nodeBox(node)] as const));
  for (const node of map.nodes) {
    const element = model.nodes.get(node.id);
    const extra = node.kind === 'decision' ? { isMarkerVisible: true } : {};
    if (element !== undefined) shape(element, boxes.get(node.id) ?? nodeBox(node), extra);
  }
  for (const edge of map.edges) {
    const element = model.edges.get(edge.id);
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (element === undefined || from === undefined || to === undefined) continue;
    const waypoint = route(from, to).map((point) => moddle.create('dc:Point', point));
    shapes.push(
      moddle.create('bpmndi:BPMNEdge', { id: diId(element.id ?? ''), bpmnElement: element, waypoint }),
    );
  }
  const plane = moddle.create('bpmndi:BPMNPlane', {
    id: RESERVED_IDS.plane,
    bpmnElement: model.planeElement,
    planeElement: shapes,
  });
  return moddle.create('bpmndi:BPMNDiagram', { id: RESERVED_IDS.diagram, plane });
}

function bounds(moddle: BpmnModdle, box: Box): ModdleElement {
  return moddle.create('dc:Bounds', { x: box.x, y: box.y, width: box.width, height: box.height });
}

function frame(map: ProcessMap): Box {
  const boxes = map.nodes.map(nodeBox);
  const left = Math.min(0, ...boxes.map((box) => box.x)) - 40 - POOL_HEADER_WIDTH;
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
