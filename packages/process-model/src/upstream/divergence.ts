// How far a variant has moved away from the version it is based on, as a share of its elements.
import { changedFields } from './changes.ts';
import { type MapRecords } from './records.ts';

const GEOMETRY_FIELDS: ReadonlySet<string> = new Set(['x', 'y', 'w', 'h', 'order', 'size', 'waypoints']);

export interface Divergence {
  /** Elements (steps, connections, lanes…) added, removed or changed in content. */
  changed: number;
  /** Elements in either map. */
  total: number;
  /** changed / total, 0 for two empty maps. */
  share: number;
}

/** Layout (positions, sizes, lane order) is not counted: a re-arranged map runs the same process. */
export function divergence(base: MapRecords, ours: MapRecords): Divergence {
  let changed = 0;
  let total = 0;
  for (const container of new Set([...base.keys(), ...ours.keys()])) {
    const [b, o] = [base.get(container) ?? new Map(), ours.get(container) ?? new Map()];
    for (const id of new Set([...b.keys(), ...o.keys()])) {
      total += 1;
      const [was, now] = [b.get(id), o.get(id)];
      if (!was || !now || changedFields(was, now).some((field) => !GEOMETRY_FIELDS.has(field))) changed += 1;
    }
  }
  return { changed, total, share: total === 0 ? 0 : changed / total };
}
