// What a thread's anchor points at in a given map, as plain data: the one place that resolves node and edge labels.
import type { ProcessMap } from '../schema.ts';
import type { AnchorSnapshot, ThreadAnchor } from './schema.ts';

/*
 * The editor's side panel, the frozen version page and the decision log each put this into words
 * in their own way (translated UI text, German Markdown); the lookup itself is the same for all.
 * `missing` is a node or edge the map no longer has (deleted, or an edge whose node is gone);
 * `last` is what the thread remembers of it, when it remembers anything.
 */
export type AnchorDescription =
  | AnchorSnapshot
  | { type: 'point'; x: number; y: number }
  | { type: 'missing'; element: 'node' | 'edge'; last?: AnchorSnapshot };

export type AnchorMap = Pick<ProcessMap, 'nodes' | 'edges'>;

/** `snapshot` is the thread's stored `anchorSnapshot`; it only names an element the map no longer has. */
export function describeAnchor(
  anchor: ThreadAnchor,
  map: AnchorMap,
  snapshot?: AnchorSnapshot,
): AnchorDescription {
  if (anchor.type === 'point') return { type: 'point', x: anchor.x, y: anchor.y };
  const live = snapshotAnchor(anchor, map);
  if (live !== undefined) return live;
  return snapshot?.type === anchor.type
    ? { type: 'missing', element: anchor.type, last: snapshot }
    : { type: 'missing', element: anchor.type };
}

/** What the map says the anchored node or edge is now; undefined for points and elements the map lacks. */
export function snapshotAnchor(anchor: ThreadAnchor, map: AnchorMap): AnchorSnapshot | undefined {
  if (anchor.type === 'point') return undefined;
  if (anchor.type === 'node') {
    const node = map.nodes.find((n) => n.id === anchor.id);
    return node ? { type: 'node', kind: node.kind, label: node.label.trim() } : undefined;
  }
  const edge = map.edges.find((e) => e.id === anchor.id);
  if (!edge) return undefined;
  const labelOf = (id: string) => map.nodes.find((n) => n.id === id)?.label.trim() ?? '';
  return {
    type: 'edge',
    label: edge.label?.trim() ?? '',
    from: labelOf(edge.source),
    to: labelOf(edge.target),
  };
}
