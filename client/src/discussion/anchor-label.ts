// What a thread is about, in words, for the live editor and the frozen version page alike.
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeAnchor, type AnchorDescription, type ThreadAnchor } from '@prozesswerk/process-model';
import { useBoardState } from '../board/store/context.tsx';

/** Puts a described anchor into words: "Tätigkeit „Antrag prüfen“", an edge between two labels, a spot, or deleted. */
export function anchorText(t: TFunction, anchor: AnchorDescription): string {
  const named = (label: string) => label || t('discussion.anchor.unnamed');
  switch (anchor.type) {
    case 'node': {
      const kind = t(`kinds.${anchor.kind}.name`);
      return anchor.label ? t('discussion.anchor.node', { kind, label: anchor.label }) : kind;
    }
    case 'edge': {
      const ends = { from: named(anchor.from), to: named(anchor.to) };
      return anchor.label
        ? t('discussion.anchor.edgeLabel', { ...ends, label: anchor.label })
        : t('discussion.anchor.edge', ends);
    }
    case 'point':
      return t('discussion.anchor.point');
    case 'missing':
      return t(anchor.element === 'node' ? 'discussion.anchor.deletedNode' : 'discussion.anchor.deletedEdge');
  }
}

/** The label of an anchor in the open map, following renames and deletions live. */
export function useAnchorLabel(anchor: ThreadAnchor): string {
  const { t } = useTranslation();
  const nodes = useBoardState((s) => s.nodes);
  const edges = useBoardState((s) => s.edges);
  const described = useMemo(
    () => describeAnchor(anchor, { nodes: Object.values(nodes), edges: Object.values(edges) }),
    [anchor, nodes, edges],
  );
  return anchorText(t, described);
}
