// What a frozen thread is about, in the terms of the version's map, and how many threads each node carries.
import type { ProcessMap, ReadNodeKind, ThreadView } from '@prozesswerk/process-model';

export type AnchorDescription =
  | { type: 'node'; kind: ReadNodeKind; label: string }
  | { type: 'edge'; label: string; from: string; to: string }
  | { type: 'point' }
  | { type: 'missing' };

export function describeAnchor(thread: ThreadView, map: ProcessMap): AnchorDescription {
  const { anchor } = thread;
  if (anchor.type === 'point') return { type: 'point' };
  if (anchor.type === 'node') {
    const node = map.nodes.find((n) => n.id === anchor.id);
    return node ? { type: 'node', kind: node.kind, label: node.label } : { type: 'missing' };
  }
  const edge = map.edges.find((e) => e.id === anchor.id);
  if (!edge) return { type: 'missing' };
  const labelOf = (id: string) => map.nodes.find((n) => n.id === id)?.label ?? '';
  return { type: 'edge', label: edge.label ?? '', from: labelOf(edge.source), to: labelOf(edge.target) };
}

/** Open and resolved threads per node id, for the pins on the frozen canvas; orphans have no node to sit on. */
export function threadCountsByNode(threads: readonly ThreadView[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.anchor.type !== 'node' || thread.orphaned) continue;
    counts.set(thread.anchor.id, (counts.get(thread.anchor.id) ?? 0) + 1);
  }
  return counts;
}
