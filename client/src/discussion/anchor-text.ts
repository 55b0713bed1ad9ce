// An anchor description put into words, for the live editor, the frozen version page and their tests alike.
import type { TFunction } from 'i18next';
import type { AnchorDescription } from '@prozesswerk/process-model';

/**
 * Puts a described anchor into words: "Tätigkeit „Antrag prüfen“", an edge between two labels, a spot,
 * or a deleted element, named by what the thread remembers of it ("Gelöschte Tätigkeit „Antrag prüfen“").
 */
export function anchorText(t: TFunction, anchor: AnchorDescription): string {
  switch (anchor.type) {
    case 'node':
      return nodeText(t, t(`kinds.${anchor.kind}.name`), anchor.label);
    case 'edge':
      return edgeText(t, anchor);
    case 'point':
      return t('discussion.anchor.point');
    case 'missing': {
      const { last } = anchor;
      if (last?.type === 'node')
        return nodeText(t, t(`discussion.anchor.deletedKind.${last.kind}`), last.label);
      if (last?.type === 'edge') return edgeText(t, last, 'deleted');
      return t(anchor.element === 'node' ? 'discussion.anchor.deletedNode' : 'discussion.anchor.deletedEdge');
    }
  }
}

function nodeText(t: TFunction, kind: string, label: string): string {
  return label ? t('discussion.anchor.node', { kind, label }) : kind;
}

const EDGE_KEYS = {
  live: { route: 'discussion.anchor.edge', label: 'discussion.anchor.edgeLabel' },
  deleted: { route: 'discussion.anchor.deletedEdgeRoute', label: 'discussion.anchor.deletedEdgeLabel' },
} as const;

function edgeText(
  t: TFunction,
  edge: { label: string; from: string; to: string },
  state: keyof typeof EDGE_KEYS = 'live',
): string {
  const named = (label: string) => label || t('discussion.anchor.unnamed');
  const ends = { from: named(edge.from), to: named(edge.to) };
  const keys = EDGE_KEYS[state];
  return edge.label ? t(keys.label, { ...ends, label: edge.label }) : t(keys.route, ends);
}
