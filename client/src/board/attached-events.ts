// Boundary events ride along with the activity they sit on whenever it is moved.
import { isBoundaryEvent } from '@prozesswerk/process-model';
import type { ProcessNode } from '@prozesswerk/process-model';
import type { XY } from './store/presence.ts';

/*
 * The positions of a move, plus those of the boundary events of every moved host: each shifted by its
 * host's shift (positions are stored rounded, so the shift is too). An event moved itself keeps its own.
 */
export function withAttachedEvents(
  positions: Readonly<Record<string, XY>>,
  nodes: Readonly<Record<string, ProcessNode>>,
): Record<string, XY> {
  const all: Record<string, XY> = { ...positions };
  for (const node of Object.values(nodes)) {
    if (!isBoundaryEvent(node) || node.attachedTo === undefined || node.id in positions) continue;
    const host = nodes[node.attachedTo];
    const to = positions[node.attachedTo];
    if (!host || !to) continue;
    all[node.id] = { x: node.x + Math.round(to.x) - host.x, y: node.y + Math.round(to.y) - host.y };
  }
  return all;
}
