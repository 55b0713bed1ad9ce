// What a thread is about, in words: the node's label, an edge between two labels, or a spot on the map.
import { useTranslation } from 'react-i18next';
import type { ThreadAnchor } from '@prozesswerk/process-model';
import { useBoardState } from '../board/store/context.tsx';

export function useAnchorLabel(anchor: ThreadAnchor): string {
  const { t } = useTranslation();
  const label = useBoardState((s) => {
    if (anchor.type === 'node') return s.nodes[anchor.id]?.label;
    if (anchor.type !== 'edge') return undefined;
    const edge = s.edges[anchor.id];
    if (!edge) return undefined;
    const from = s.nodes[edge.source]?.label ?? '?';
    const to = s.nodes[edge.target]?.label ?? '?';
    return t('discussion.anchor.edge', { from, to });
  });
  if (anchor.type === 'point') return t('discussion.anchor.point');
  if (label === undefined) return t('discussion.anchor.deleted');
  return label.trim() || t(`discussion.anchor.unnamed`);
}
