// Boundary events ride along with the activity they sit on whenever it is moved.
import { isBoundaryEvent } from '@prozesswerk/process-model';
import type { ProcessNode } from '@prozesswerk/process-model';
import type { XY } from './store/presence.ts';

/** Each boundary event whose activity is on the map, with that activity's id. */
export type Riders = readonly { id: string; host: string }[];

export function ridersOf(nodes: Readonly<Record<string, ProcessNode>>): Riders {
  const riders: { id: string; host: string }[] = [];
  for (const node of Object.values(nodes))
    if (isBoundaryEvent(node) && node.attachedTo !== undefined && nodes[node.attachedTo])
      riders.push({ id: node.id, host: node.attachedTo });
  return riders;
}

/*
 * The positions of a move, plus those of the boundary events of every moved host: each shifted by its host's shift
 * (positions are stored rounded, so the shift is too). An event moved itself keeps its own. Without a rider to add,
 * the positions themselves.
 */
export function withRiders(
  positions: Readonly<Record<string, XY>>,
  riders: Riders,
  nodes: Readonly<Record<string, ProcessNode>>,
): Readonly<Record<string, XY>> {
  let all: Record<string, XY> | undefined;
  for (const { id, host } of riders) {
    const to = positions[host];
    const [event, from] = [nodes[id], nodes[host]];
    if (!to || !event || !from || id in positions) continue;
    all ??= { ...positions };
    all[id] = { x: event.x + Math.round(to.x) - from.x, y: event.y + Math.round(to.y) - from.y };
  }
  return all ?? positions;
}
