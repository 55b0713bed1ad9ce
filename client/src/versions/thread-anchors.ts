// How many threads each node of a frozen version carries, for the pins on its canvas.
import type { ThreadView } from '@prozesswerk/process-model';

/** Open and resolved threads per node id, for the pins on the frozen canvas; orphans have no node to sit on. */
export function threadCountsByNode(threads: readonly ThreadView[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.anchor.type !== 'node' || thread.orphaned) continue;
    counts.set(thread.anchor.id, (counts.get(thread.anchor.id) ?? 0) + 1);
  }
  return counts;
}
