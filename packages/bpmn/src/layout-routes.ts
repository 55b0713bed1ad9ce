// The routes of a tidy-up: ELK's orthogonal edge sections, carried over to where each lane put its nodes.
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import { isEventKind, isGatewayKind } from '@prozesswerk/process-model';
import type { Point, ProcessEdge, ProcessNode, Side } from '@prozesswerk/process-model';
import { route as simpleRoute } from './export/diagram.ts';
import { centre, nodeBox } from './geometry.ts';
import type { Box } from './geometry.ts';

type Shift = { dx: number; dy: number };

/*
 * ELK routes in its own frame; the layout then moves each node by its own offset (each lane closes
 * its gaps), so a section is moved piece by piece: every horizontal run moves with the node it
 * belongs to — the first with the source, the last with the target, those between with the nearer
 * end — and the vertical runs between them stretch. The route stays orthogonal and its ends stay on
 * their nodes. A route that would then cross another node is replaced by a plain two-bend one, and
 * left out if that crosses one too (the board then draws its automatic path).
 */
export function layoutRoutes(
  edges: readonly ProcessEdge[],
  elkEdges: readonly ElkExtendedEdge[],
  elkNodes: ReadonlyMap<string, ElkNode>,
  placed: readonly ProcessNode[],
): Map<string, Point[]> {
  const byId = new Map(placed.map((node) => [node.id as string, node] as const));
  const sections = new Map(elkEdges.map((edge) => [edge.id, edge.sections?.[0]] as const));
  const mixed = mixedSides(edges, sections, elkNodes, byId);
  const routes = new Map<string, Point[]>();
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    const section = sections.get(edge.id);
    if (!source || !target || source === target || !section) continue;
    const shiftOf = (node: ProcessNode): Shift => {
      const elk = elkNodes.get(node.id);
      return { dx: node.x - (elk?.x ?? 0), dy: node.y - (elk?.y ?? 0) };
    };
    const elkPoints = simplify([section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
    if (!isOrthogonal(elkPoints)) continue;
    const fromElk = elkBox(elkNodes.get(source.id), source);
    const toElk = elkBox(elkNodes.get(target.id), target);
    const snapFrom = isRound(source) && !mixed.has(`${source.id}:${sideOf(elkPoints[0]!, fromElk)}`);
    const snapTo = isRound(target) && !mixed.has(`${target.id}:${sideOf(elkPoints.at(-1)!, toElk)}`);
    const snapped = snapEnds(elkPoints, fromElk, toElk, snapFrom, snapTo);
    const from = nodeBox(source);
    const to = nodeBox(target);
    const shifted = simplify(moveRuns(snapped, shiftOf(source), shiftOf(target)).map(roundPoint));
    const moved = straightenStep(
      shifted,
      isRound(source) ? undefined : from,
      isRound(target) ? undefined : to,
    );
    const others = placed.filter((node) => node !== source && node !== target).map(nodeBox);
    const chosen = [moved, simpleRoute(from, to)].find((points) => isClear(points, from, to, others));
    if (chosen) routes.set(edge.id, chosen);
  }
  return routes;
}

/*
 * Sides of a node where lines both leave and arrive ("node:side"): moving all of them to the middle
 * would lay a loop back over the line coming in, so there they stay where ELK put them.
 */
function mixedSides(
  edges: readonly ProcessEdge[],
  sections: ReadonlyMap<string, ElkEdgeSection | undefined>,
  elkNodes: ReadonlyMap<string, ElkNode>,
  byId: ReadonlyMap<string, ProcessNode>,
): Set<string> {
  const leaving = new Set<string>();
  const arriving = new Set<string>();
  for (const edge of edges) {
    const section = sections.get(edge.id);
    const [source, target] = [byId.get(edge.source), byId.get(edge.target)];
    if (!section || !source || !target) continue;
    leaving.add(`${source.id}:${sideOf(section.startPoint, elkBox(elkNodes.get(source.id), source))}`);
    arriving.add(`${target.id}:${sideOf(section.endPoint, elkBox(elkNodes.get(target.id), target))}`);
  }
  return new Set([...leaving].filter((key) => arriving.has(key)));
}

function sideOf(point: Point, box: Box): Side {
  const distances: [Side, number][] = [
    ['left', Math.abs(point.x - box.x)],
    ['right', Math.abs(point.x - box.x - box.width)],
    ['top', Math.abs(point.y - box.y)],
    ['bottom', Math.abs(point.y - box.y - box.height)],
  ];
  return distances.reduce((best, next) => (next[1] < best[1] ? next : best))[0];
}

// Events and gateways are drawn round or as diamonds: a line meets them at the middle of a side.
function isRound(node: ProcessNode): boolean {
  return isEventKind(node.kind) || isGatewayKind(node.kind);
}

function elkBox(elk: ElkNode | undefined, node: ProcessNode): Box {
  const size = nodeBox(node);
  return { ...size, x: elk?.x ?? 0, y: elk?.y ?? 0 };
}

function roundPoint(point: Point): Point {
  return { x: Math.round(point.x), y: Math.round(point.y) };
}

const EPSILON = 0.5;
const same = (a: number, b: number) => Math.abs(a - b) < EPSILON;
const isHorizontal = (a: Point, b: Point) => same(a.y, b.y);
const isVertical = (a: Point, b: Point) => same(a.x, b.x);

function isOrthogonal(points: readonly Point[]): boolean {
  return (
    points.length >= 2 &&
    points.slice(1).every((p, i) => isHorizontal(points[i]!, p) || isVertical(points[i]!, p))
  );
}

/** Without repeated points and without points in the middle of a straight run. */
export function simplify(points: readonly Point[]): Point[] {
  const result: Point[] = [];
  for (const point of points) {
    const last = result[result.length - 1];
    if (last && same(last.x, point.x) && same(last.y, point.y)) continue;
    const before = result[result.length - 2];
    if (
      before &&
      last &&
      ((same(before.x, last.x) && same(last.x, point.x)) || (same(before.y, last.y) && same(last.y, point.y)))
    )
      result.pop();
    result.push({ x: point.x, y: point.y });
  }
  return result;
}

/*
 * Each horizontal run takes one vertical offset (see layoutRoutes); a straight line whose two ends
 * move apart gets a step in the middle of its length first.
 */
export function moveRuns(points: readonly Point[], source: Shift, target: Shift): Point[] {
  let route = [...points];
  if (route.length === 2 && isHorizontal(route[0]!, route[1]!) && !same(source.dy, target.dy))
    route = stepInMiddle(route[0]!, route[1]!);
  const last = route.length - 1;
  const runs: number[] = [];
  for (let i = 0; i < last; i += 1) if (isHorizontal(route[i]!, route[i + 1]!)) runs.push(i);
  const dyOfRun = new Map<number, number>();
  runs.forEach((start, index) => {
    const nearSource = start === 0 || (start + 1 !== last && index < runs.length / 2);
    dyOfRun.set(start, nearSource ? source.dy : target.dy);
  });
  const dx = source.dx;
  return route.map((point, i) => {
    const dy = dyOfRun.get(i) ?? dyOfRun.get(i - 1) ?? (i === 0 ? source.dy : target.dy);
    return { x: point.x + (i === 0 ? source.dx : i === last ? target.dx : dx), y: point.y + dy };
  });
}

/** A step no higher than this is drawn as a straight line where one end can slide along its box. */
const SMALL_STEP = 16;

/*
 * ELK spreads the lines on a side of a box, and a layout move can leave a line with a step of a
 * few pixels, which looks like a glitch. Where the box at one end (`from` or `to`, given only when
 * that end may slide: not a round node, met in the middle) still spans the other end's height,
 * that end slides and the line runs straight.
 */
export function straightenStep(points: readonly Point[], from?: Box, to?: Box): Point[] {
  if (points.length !== 4) return [...points];
  const [p0, p1, p2, p3] = points as [Point, Point, Point, Point];
  if (!isHorizontal(p0, p1) || !isHorizontal(p2, p3) || Math.abs(p2.y - p1.y) > SMALL_STEP)
    return [...points];
  const spans = (box: Box, y: number) => y > box.y + 1 && y < box.y + box.height - 1;
  if (from && spans(from, p3.y)) return [{ x: p0.x, y: p3.y }, p3];
  if (to && spans(to, p0.y)) return [p0, { x: p3.x, y: p0.y }];
  return [...points];
}

function stepInMiddle(a: Point, b: Point): Point[] {
  const x = (a.x + b.x) / 2;
  return [a, { x, y: a.y }, { x, y: b.y }, b];
}

/*
 * A route that meets a round node off the middle of its side is moved to the middle: the first (or
 * last) run shifts sideways and the run after it stretches; a straight line gets a step.
 */
export function snapEnds(
  points: readonly Point[],
  from: Box,
  to: Box,
  roundFrom: boolean,
  roundTo: boolean,
): Point[] {
  let route = [...points];
  if (roundFrom) route = snapStart(route, from);
  if (roundTo) route = snapStart([...route].reverse(), to).reverse();
  return route;
}

function snapStart(points: Point[], box: Box): Point[] {
  const [start, next] = points;
  if (!start || !next) return points;
  const middle = centre(box);
  const onSide = same(start.x, box.x) || same(start.x, box.x + box.width);
  const axis = onSide ? 'y' : 'x';
  if (same(start[axis], middle[axis])) return points;
  const along = onSide ? isHorizontal(start, next) : isVertical(start, next);
  // A first run along the node's side is left as it is: moving it would draw a line along the node.
  if (!along) return points;
  if (points.length === 2) {
    const moved = { ...start, [axis]: middle[axis] };
    return onSide ? stepInMiddle(moved, next) : stepDown(moved, next);
  }
  const route = points.map((p) => ({ ...p }));
  route[0]![axis] = middle[axis];
  route[1]![axis] = middle[axis];
  return simplify(route);
}

function stepDown(a: Point, b: Point): Point[] {
  const y = (a.y + b.y) / 2;
  return [a, { x: a.x, y }, { x: b.x, y }, b];
}

// No run crosses another node, nor runs back through its own two nodes.
function isClear(points: readonly Point[], from: Box, to: Box, others: readonly Box[]): boolean {
  return points.slice(1).every((end, i) => {
    const start = points[i]!;
    return [from, to, ...others].every((box) => !crosses(start, end, shrink(box)));
  });
}

function shrink(box: Box): Box {
  return { x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 };
}

// An axis-parallel segment against a box's inside.
function crosses(a: Point, b: Point, box: Box): boolean {
  const left = Math.min(a.x, b.x);
  const right = Math.max(a.x, b.x);
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);
  return left < box.x + box.width && right > box.x && top < box.y + box.height && bottom > box.y;
}
