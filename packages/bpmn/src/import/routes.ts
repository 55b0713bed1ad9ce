// Connection routes from BPMN DI (bpmndi:BPMNEdge/di:waypoint), moved along with the nodes they join.
import { nodeSize, routeFits, waypointsSchema } from '@prozesswerk/process-model';
import type { Point, ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import { centre } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import type { BaseElement, Definitions, Diagram } from '../moddle-types.ts';

/*
 * Waypoints by the flow they draw: the chosen diagram's first, then the others' (the first edge
 * wins). Our own files carry waypoints for every flow; only those marked `pw:routed` were stored.
 */
export function diWaypoints(
  definitions: Definitions,
  first: Diagram | undefined,
  fromElsewhere: boolean,
): Map<BaseElement, Point[]> {
  const routes = new Map<BaseElement, Point[]>();
  const diagrams = definitions.diagrams ?? [];
  for (const diagram of first ? [first, ...diagrams.filter((d) => d !== first)] : diagrams) {
    for (const element of diagram.plane?.planeElement ?? []) {
      const points = element.waypoint?.map(({ x, y }) => ({ x, y }));
      const flow = element.bpmnElement;
      if (flow === undefined || points === undefined || routes.has(flow)) continue;
      if (fromElsewhere || flow.routed === true) routes.set(flow, points);
    }
  }
  return routes;
}

/*
 * Placing moves each node by its own offset (lanes are re-stacked, small shapes grown around their
 * centre). A route goes along when both its nodes moved alike, and is kept only while its ends
 * still touch them (as the board draws it, see routeFits).
 */
export function placeRoutes(
  edges: readonly ProcessEdge[],
  drawn: ReadonlyMap<string, Box>,
  placed: readonly ProcessNode[],
): ProcessEdge[] {
  const boxes = new Map(
    placed.map((node) => [node.id as string, { x: node.x, y: node.y, ...nodeSize(node) }]),
  );
  return edges.map((edge) => {
    const { waypoints, ...rest } = edge;
    const moved = movedRoute(
      waypoints,
      [drawn.get(edge.source), boxes.get(edge.source)],
      [drawn.get(edge.target), boxes.get(edge.target)],
    );
    return moved === undefined ? rest : { ...rest, waypoints: moved };
  });
}

function movedRoute(
  waypoints: readonly Point[] | undefined,
  [sourceWas, source]: [Box | undefined, Box | undefined],
  [targetWas, target]: [Box | undefined, Box | undefined],
): Point[] | undefined {
  const parsed = waypointsSchema.safeParse(waypoints);
  if (!parsed.success || !sourceWas || !source || !targetWas || !target) return undefined;
  const [from, to] = [shift(sourceWas, source), shift(targetWas, target)];
  if (Math.abs(from.x - to.x) > 0.5 || Math.abs(from.y - to.y) > 0.5) return undefined;
  const points = parsed.data.map((p) => ({ x: p.x + from.x, y: p.y + from.y }));
  return routeFits(points, source, target) ? points : undefined;
}

function shift(was: Box, now: Box): Point {
  const [a, b] = [centre(was), centre(now)];
  return { x: b.x - a.x, y: b.y - a.y };
}
