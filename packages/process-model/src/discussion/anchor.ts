// What a thread's anchor points at in a given map, as plain data: the one place that resolves node and edge labels.
import type { ProcessMap, ReadNodeKind } from '../schema.ts';
import type { ThreadAnchor } from './schema.ts';

/*
 * The editor's side panel, the frozen version page and the decision log each put this into words
 * in their own way (translated UI text, German Markdown); the lookup itself is the same for all.
 * `missing` is a node or edge the map no longer has (deleted, or an edge whose node is gone).
 */
export type AnchorDescription =
  | { type: 'node'; kind: ReadNodeKind; label: string }
  | { type: 'edge'; label: string; from: string; to: string }
  | { type: 'point'; x: number; y: number }
  | { type: 'missing'; element: 'node' | 'edge' };

export type AnchorMap = Pick<ProcessMap, 'nodes' | 'edges'>;

export function describeAnchor(anchor: ThreadAnchor, map: AnchorMap): AnchorDescription {
  if (anchor.type === 'point') return { type: 'point', x: anchor.x, y: anchor.y };
  if (anchor.type === 'node') {
    const node = map.nodes.find((n) => n.id === anchor.id);
    return node
      ? { type: 'node', kind: node.kind, label: node.label.trim() }
      : { type: 'missing', element: 'node' };
  }
  const edge = map.edges.find((e) => e.id === anchor.id);
  if (!edge) return { type: 'missing', element: 'edge' };
  const labelOf = (id: string) => map.nodes.find((n) => n.id === id)?.label.trim() ?? '';
  return {
    type: 'edge',
    label: edge.label?.trim() ?? '',
    from: labelOf(edge.source),
    to: labelOf(edge.target),
  };
}
