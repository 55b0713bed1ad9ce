// Boundary events in the automatic layout: not laid out themselves, but set on their host's border afterwards.
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import { isBoundaryEvent } from '@prozesswerk/process-model';
import type { ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import { nodeBox } from './geometry.ts';

/** Room between two boundary events spread along their host's bottom edge. */
const EVENT_GAP = 8;

/*
 * Each boundary event whose host is laid out too (and is no boundary event itself), by the event's id.
 * Those events are no ELK nodes: their host stands in for them.
 */
export function boundaryHosts(steps: readonly ProcessNode[]): Map<string, ProcessNode> {
  const byId = new Map(steps.map((node) => [node.id as string, node] as const));
  const hosts = new Map<string, ProcessNode>();
  for (const node of steps) {
    if (!isBoundaryEvent(node) || node.attachedTo === undefined) continue;
    const host = byId.get(node.attachedTo);
    if (host && !isBoundaryEvent(host)) hosts.set(node.id, host);
  }
  return hosts;
}

/*
 * The edges ELK lays out: an end on a boundary event counts as its host's, so what follows a timer
 * is placed after the activity it sits on. An edge that would then run from the host to itself is left out.
 */
export function elkEdges(
  edges: readonly ProcessEdge[],
  nodeIds: ReadonlySet<string>,
  hosts: ReadonlyMap<string, ProcessNode>,
): { id: string; sources: string[]; targets: string[] }[] {
  const end = (id: string) => hosts.get(id)?.id ?? id;
  return edges
    .filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target))
    .filter(
      (edge) =>
        !(end(edge.source) === end(edge.target) && (hosts.has(edge.source) || hosts.has(edge.target))),
    )
    .map((edge) => ({ id: edge.id, sources: [end(edge.source)], targets: [end(edge.target)] }));
}

/*
 * Where each boundary event goes in ELK's frame, as an ELK node beside its laid-out host, so that
 * lanes, their heights and frames take it in like any other node. With `keepOffsets` (the map's
 * positions mean something) an event keeps its place relative to its host, moved onto the border
 * if it was elsewhere; otherwise a host's events sit on its bottom edge, side by side.
 */
export function placeBoundaryEvents(
  hosts: ReadonlyMap<string, ProcessNode>,
  events: readonly ProcessNode[],
  laidOut: ReadonlyMap<string, ElkNode>,
  keepOffsets: boolean,
): ElkNode[] {
  const byHost = new Map<string, ProcessNode[]>();
  for (const event of events) {
    const host = hosts.get(event.id);
    if (host) byHost.set(host.id, [...(byHost.get(host.id) ?? []), event]);
  }
  const placed: ElkNode[] = [];
  for (const [hostId, attached] of byHost) {
    const host = hosts.get(attached[0]!.id)!;
    const elk = laidOut.get(hostId);
    const hostBox = nodeBox(host);
    const spread = spreadAlongBottom(
      hostBox.width,
      attached.map((event) => nodeBox(event).width),
    );
    attached.forEach((event, index) => {
      const box = nodeBox(event);
      const centre = keepOffsets
        ? ontoBorder(
            { x: box.x + box.width / 2 - hostBox.x, y: box.y + box.height / 2 - hostBox.y },
            hostBox.width,
            hostBox.height,
          )
        : { x: spread[index]!, y: hostBox.height };
      placed.push({
        id: event.id,
        x: (elk?.x ?? 0) + centre.x - box.width / 2,
        y: (elk?.y ?? 0) + centre.y - box.height / 2,
        width: box.width,
        height: box.height,
      });
    });
  }
  return placed;
}

/** The nearest point on the border of a box (0, 0, width, height) to `point`, relative to the box. */
export function ontoBorder(point: { x: number; y: number }, width: number, height: number) {
  const x = Math.min(Math.max(point.x, 0), width);
  const y = Math.min(Math.max(point.y, 0), height);
  if (x === 0 || x === width || y === 0 || y === height) return { x, y };
  const distances = [x, width - x, y, height - y];
  const nearest = distances.indexOf(Math.min(...distances));
  return [
    { x: 0, y },
    { x: width, y },
    { x, y: 0 },
    { x, y: height },
  ][nearest]!;
}

/*
 * Centres along a bottom edge `width` long: evenly spread where there is room, else each
 * event's width plus a gap apart, centred on the host (the row then reaches past its corners).
 */
function spreadAlongBottom(width: number, eventWidths: readonly number[]): number[] {
  const count = eventWidths.length;
  const widest = Math.max(...eventWidths);
  const step = Math.max(width / (count + 1), widest + EVENT_GAP);
  const first = width / 2 - (step * (count - 1)) / 2;
  return eventWidths.map((_, index) => first + index * step);
}
