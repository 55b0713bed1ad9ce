// Which lane each imported node sits in: the lane that lists it, else the lane of its pool it is drawn in.
import type { LaneId } from '@prozesswerk/process-model';
import type { Box } from '../geometry.ts';
import type { BaseElement } from '../moddle-types.ts';
import type { NodeDraft } from './positions.ts';

/*
 * A lane set by the file (flowNodeRef, `pw:lane`) is kept. Content of a sub-process and boundary
 * events sit in their container's lane. In other tools' files a node no lane lists (a data object,
 * an annotation, or a task the tool forgot to list) joins the lane of its pool it is drawn in, else
 * the nearest one; a collaboration's annotation the lane it is drawn in. Groups span lanes: none.
 */
export function memberLanes(
  nodes: readonly NodeDraft[],
  drawn: ReadonlyMap<string, Box>,
  boundsOf: (element: BaseElement) => Box,
  fromElsewhere: boolean,
): Map<BaseElement, LaneId> {
  const result = new Map<BaseElement, LaneId>();
  const byElement = new Map(nodes.map((draft) => [draft.element, draft] as const));
  const resolving = new Set<BaseElement>();
  const laneOf = (draft: NodeDraft): LaneId | undefined => {
    if (draft.node.laneId !== undefined) return draft.node.laneId;
    const container = draft.host ?? draft.parent;
    const containerDraft = container === undefined ? undefined : byElement.get(container);
    if (containerDraft !== undefined && !resolving.has(draft.element)) {
      resolving.add(draft.element);
      const lane = laneOf(containerDraft);
      resolving.delete(draft.element);
      return lane;
    }
    if (!fromElsewhere || draft.node.kind === 'group') return undefined;
    const bounds = boundsOf(draft.element);
    if (draft.candidates.length === 1) return draft.candidates[0];
    if (draft.candidates.length > 1) return closest(draft.candidates, drawn, bounds) ?? draft.candidates[0];
    const around = [...drawn.entries()].find(([, box]) => containsCentre(box, bounds));
    return around?.[0] as LaneId | undefined;
  };
  for (const draft of nodes) {
    const lane = laneOf(draft);
    if (lane !== undefined) result.set(draft.element, lane);
  }
  return result;
}

function closest(
  candidates: readonly LaneId[],
  drawn: ReadonlyMap<string, Box>,
  bounds: Box,
): LaneId | undefined {
  let best: LaneId | undefined;
  let bestDistance = Infinity;
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  for (const id of candidates) {
    const box = drawn.get(id);
    if (box === undefined) continue;
    const dx = Math.max(box.x - cx, 0, cx - (box.x + box.width));
    const dy = Math.max(box.y - cy, 0, cy - (box.y + box.height));
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}

export function containsCentre(box: Box, bounds: Box): boolean {
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  return cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height;
}
