// The board's lane order: by order, then by id in plain code-unit order, so every reader stacks the lanes alike.
import { compareIds } from './ids.ts';
import type { Lane } from './schema.ts';

type Ordered = Pick<Lane, 'id' | 'order'>;

export function byLaneOrder(a: Ordered, b: Ordered): number {
  return a.order - b.order || compareIds(a.id, b.id);
}

export function sortLanes<T extends Ordered>(lanes: readonly T[]): T[] {
  return [...lanes].sort(byLaneOrder);
}
